using System;
using ClustersTic.Decisions;
using ClustersTic.Identifiers;
using ClustersTic.Internal;
using NodaTime;

namespace ClustersTic.Companies;

/// <summary>Rule CO-4, also used for the provider share of CL-3: is a company a digital provider?</summary>
internal static class DigitalActivity
{
    /// <summary>True (digital sector or valid derogation), false (neither), or null (activity unknown), with
    /// what the deciding code's text is (<paramref name="status"/>, <paramref name="codeText"/>) for CL-3's notes.</summary>
    public static bool? IsDigitalProvider(Company company, CompanyEligibilityParameters parameters, LocalDate asOf, out NafCodeStatus status, out string? codeText)
    {
        var outcomeOnly = Verdict.OutcomeOnly();
        return Decide(company, parameters, asOf, null, ref outcomeOnly, out _, out status, out codeText);
    }

    /// <summary>As above, reporting to <paramref name="verdict"/>: information notes, and the decisive result
    /// as failed or unknown.</summary>
    public static bool? IsDigitalProvider(Company company, CompanyEligibilityParameters parameters, LocalDate asOf, IClusterStandings consortium, ref Verdict verdict, out NafCode? decidingCode) =>
        Decide(company, parameters, asOf, consortium, ref verdict, out decidingCode, out _, out _);

    /// <summary>A cluster in a finding: its id in JSON, its name in text when the consortium knows it.</summary>
    internal static ArgumentValue ClusterArgument(IClusterStandings? consortium, string clusterId) =>
        consortium?.NameOf(clusterId) is string name && !string.IsNullOrWhiteSpace(name)
            ? ArgumentValue.Titled(clusterId, new Text.LocalizedText(name, name))
            : clusterId;

    private static bool? Decide(Company company, CompanyEligibilityParameters parameters, LocalDate asOf, IClusterStandings? consortium, ref Verdict verdict, out NafCode? decidingCode, out NafCodeStatus status, out string? text)
    {
        decidingCode = null;

        // Reading 7: rév. 2 decides before the NAF 2025 reference date, NAF 2025 from then on; if the deciding
        // code is missing, the other one is used.
        bool naf2025First = asOf >= parameters.Naf2025ReferenceFrom;
        string? first = naf2025First ? company.Naf2025 : company.NafRev2;
        string? second = naf2025First ? company.NafRev2 : company.Naf2025;
        bool useFirst = !string.IsNullOrWhiteSpace(first);
        text = useFirst ? first : second;
        NafNomenclature nomenclature = useFirst == naf2025First ? NafNomenclature.Naf2025 : NafNomenclature.Rev2;

        // The code decides only when it exists in its nomenclature: a well-formed code that does not exist
        // (99.99Z), a NAF rév. 1 code or a malformed one leaves the activity unknown, never "digital".
        bool? inSector = null;
        status = NafCodeStatus.NotGiven;
        if (string.IsNullOrWhiteSpace(text))
        {
            text = null;
        }
        else
        {
            ParseError error = NafCode.TryParseCore(text.AsSpan(), nomenclature, out NafCode code);
            if (error.Failure == IdentifierParseFailure.None)
            {
                decidingCode = code;
                status = NafNomenclatures.Exists(code) ? NafCodeStatus.Known : NafCodeStatus.NotInNomenclature;
                inSector = status == NafCodeStatus.Known ? parameters.IsDigitalSector(code) : null;
            }
            else
            {
                status = error.Failure == IdentifierParseFailure.FormerNomenclature ? NafCodeStatus.OldNomenclature : NafCodeStatus.NotWellFormed;
            }
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
                verdict.Report(FindingCatalog.CompanyDerogation, ("clusterId", ClusterArgument(consortium, derogation.ClusterId)), ("grantedOn", derogation.GrantedOn!.Value));
                return true;
            }

            verdict.Report(FindingCatalog.CompanyDerogationIgnored, ("clusterId", ClusterArgument(consortium, derogation.ClusterId)), ("asOf", asOf));
        }

        if (inSector == false)
        {
            verdict.Report(FindingCatalog.CompanyNotDigital, "code", decidingCode!.Value);
            return false;
        }

        switch (status)
        {
            case NafCodeStatus.NotGiven:
                verdict.Report(FindingCatalog.CompanyActivityUnknown);
                break;
            case NafCodeStatus.NotInNomenclature:
                // Reading 5 reads an unlabelled G–L code as rév. 2, where it does not exist; when the other
                // nomenclature has it (62.20G is NAF 2025), the finding says so: the record should label it.
                NafNomenclature other = nomenclature == NafNomenclature.Rev2 ? NafNomenclature.Naf2025 : NafNomenclature.Rev2;
                if (NafCode.TryParse(text, other, out NafCode inOther) && inOther.Exists)
                {
                    verdict.Report(
                        FindingCatalog.CompanyNafInOtherNomenclature,
                        ("code", decidingCode!.Value),
                        ("nomenclature", ArgumentValue.Label(nomenclature)),
                        ("other", ArgumentValue.Label(other)));
                }
                else
                {
                    verdict.Report(FindingCatalog.CompanyNafNotInNomenclature, ("code", decidingCode!.Value), ("nomenclature", ArgumentValue.Label(nomenclature)));
                }

                break;
            case NafCodeStatus.OldNomenclature:
                verdict.Report(FindingCatalog.CompanyNafFormerNomenclature, "code", TextHelpers.Shorten(text!));
                break;
            default:
                verdict.Report(FindingCatalog.CompanyNafInvalid, "code", TextHelpers.Shorten(text!));
                break;
        }

        return null;
    }
}
