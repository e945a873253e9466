using ClustersTic.Decisions;
using ClustersTic.Identifiers;
using ClustersTic.Internal;
using NodaTime;

namespace ClustersTic.Companies;

/// <summary>Rule CO-4, also used for the provider share of CL-3: is a company a digital provider?</summary>
internal static class DigitalActivity
{
    /// <summary>True (digital sector or valid derogation), false (neither), or null (activity unknown).</summary>
    public static bool? IsDigitalProvider(Company company, CompanyEligibilityParameters parameters, LocalDate asOf)
    {
        var outcomeOnly = Verdict.OutcomeOnly();
        return IsDigitalProvider(company, parameters, asOf, ref outcomeOnly, out _);
    }

    /// <summary>As above, reporting to <paramref name="verdict"/>: information notes, and the decisive result
    /// as failed or unknown.</summary>
    public static bool? IsDigitalProvider(Company company, CompanyEligibilityParameters parameters, LocalDate asOf, ref Verdict verdict, out NafCode? decidingCode)
    {
        decidingCode = null;

        // Reading 7: rév. 2 decides before the NAF 2025 reference date, NAF 2025 from then on; if the deciding
        // code is missing, the other one is used.
        bool naf2025First = asOf >= parameters.Naf2025ReferenceFrom;
        string? first = naf2025First ? company.Naf2025 : company.NafRev2;
        string? second = naf2025First ? company.NafRev2 : company.Naf2025;
        bool useFirst = !string.IsNullOrWhiteSpace(first);
        string? text = useFirst ? first : second;
        NafNomenclature nomenclature = useFirst == naf2025First ? NafNomenclature.Naf2025 : NafNomenclature.Rev2;

        bool? inSector = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            text = null;
        }
        else if (NafCode.TryParse(text, nomenclature, out NafCode code))
        {
            decidingCode = code;
            inSector = parameters.IsDigitalSector(code);
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
                verdict.Report(FindingCatalog.CompanyDerogation, ("clusterId", derogation.ClusterId), ("grantedOn", derogation.GrantedOn!.Value));
                return true;
            }

            verdict.Report(FindingCatalog.CompanyDerogationIgnored, ("clusterId", derogation.ClusterId), ("asOf", asOf));
        }

        if (inSector == false)
        {
            verdict.Report(FindingCatalog.CompanyNotDigital, "code", decidingCode!.Value);
            return false;
        }

        // No code, or one that is not a NAF code.
        if (text is null)
        {
            verdict.Report(FindingCatalog.CompanyActivityUnknown);
        }
        else
        {
            verdict.Report(FindingCatalog.CompanyNafInvalid, "code", TextHelpers.Shorten(text));
        }

        return null;
    }
}
