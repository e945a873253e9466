using System.Collections.Generic;
using ClustersTic.Decisions;
using ClustersTic.Identifiers;
using ClustersTic.Internal;
using ClustersTic.RuleSets;
using NodaTime;

namespace ClustersTic.Companies;

/// <summary>Rule CO-4, also used for the provider share of CL-3: is a company a digital provider?</summary>
internal static class DigitalActivity
{
    /// <summary>True (digital sector or valid derogation), false (neither), or null (activity unknown).</summary>
    public static bool? IsDigitalProvider(Company company, RuleSet ruleSet, LocalDate asOf) =>
        IsDigitalProvider(company, ruleSet, asOf, notes: null, out _, out _);

    /// <summary>As above; informational findings go to <paramref name="notes"/> when given, and the finding
    /// that decides a false or null answer is returned in <paramref name="decisive"/>.</summary>
    public static bool? IsDigitalProvider(Company company, RuleSet ruleSet, LocalDate asOf, List<Finding>? notes, out Finding? decisive, out NafCode? decidingCode)
    {
        decidingCode = null;
        decisive = null;
        List<Finding>? findings = notes;
        CompanyEligibilityParameters parameters = ruleSet.CompanyEligibility;

        // Reading 7: rév. 2 decides before the NAF 2025 reference date, NAF 2025 from then on; if the deciding
        // code is missing, the other one is used.
        bool naf2025First = asOf >= parameters.Naf2025ReferenceFrom;
        string? first = naf2025First ? company.Naf2025 : company.NafRev2;
        string? second = naf2025First ? company.NafRev2 : company.Naf2025;
        bool useFirst = !string.IsNullOrWhiteSpace(first);
        string? text = useFirst ? first : second;
        NafNomenclature nomenclature = useFirst == naf2025First ? NafNomenclature.Naf2025 : NafNomenclature.Rev2;

        bool? inSector = null;
        Finding? activityFinding = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            activityFinding = notes is null ? null : Finding.Create(FindingCodes.CompanyActivityUnknown);
        }
        else if (NafCode.TryParse(text, nomenclature, out NafCode code))
        {
            decidingCode = code;
            inSector = parameters.IsDigitalSector(code);
        }
        else
        {
            activityFinding = notes is null ? null : Finding.Create(FindingCodes.CompanyNafInvalid, "code", TextHelpers.Shorten(text!));
        }

        if (inSector == true)
        {
            return true;
        }

        // Reading 14: a derogation counts only with a justification and a date on or before the as-of date.
        SectorDerogation? derogation = company.Derogation;
        if (derogation is not null)
        {
            if (derogation.IsValidOn(asOf))
            {
                findings?.Add(Finding.Create(FindingCodes.CompanyDerogation, ("clusterId", derogation.ClusterId), ("grantedOn", Invariant.Date(derogation.GrantedOn!.Value))));
                return true;
            }

            findings?.Add(Finding.Create(FindingCodes.CompanyDerogationIgnored, ("clusterId", derogation.ClusterId), ("asOf", Invariant.Date(asOf))));
        }

        if (inSector == false)
        {
            decisive = notes is null ? null : Finding.Create(FindingCodes.CompanyNotDigital, "code", decidingCode!.Value.ToString());
            return false;
        }

        decisive = activityFinding;
        return null;
    }
}
