using System.IO;
using System.Linq;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Identifiers;
using ClustersTic.Organisations;
using ClustersTic.Reports;
using ClustersTic.Samples;
using ClustersTic.Signatures;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.Demo;

/// <summary>Prints the consortium overview of the built-in sample data.</summary>
internal static class Overview
{
    private static readonly string[] SampleSirens = ["552 100 554", "732829320", "732829321", "55210055", "552-100-554", "000000000"];
    private static readonly string[] SampleSirets = ["732 829 320 00074", "35600000049837", "73282932000075"];
    private static readonly string[] SampleVats = ["FR 44 732 829 320", "FR45732829320"];
    private static readonly string[] SampleNafs = ["62.01Z", "6202a", "62.10Y", "99.99Z", "72.2Z", "62-01Z"];
    private static readonly string[] SampleCompanyIdentifiers = ["732829320", "732\u00A0829\u00A0320\u00A000074", "732.829.320"];

    public static void Print(TextWriter output, ConsortiumRules rules, LocalDate asOf, DemoText text)
    {
        Language language = text.Language;
        string colon = Prose.Colon(language);
        var ruleSet = rules.GetRuleSet(asOf);
        output.WriteLine(text.T("ClustersTic — vue d’ensemble du consortium", "ClustersTic — consortium overview"));
        output.WriteLine(
            text.T("Date", "Date") + colon + Prose.Date(asOf, language)
            + " · " + text.T("règles", "rules") + colon + ruleSet.Id + " (" + ruleSet.Title.In(language) + ")"
            + " · " + text.T("empreinte", "fingerprint") + " " + ruleSet.Fingerprint[..16] + "…");
        output.WriteLine();

        ConsortiumReport report = rules.Evaluate(SampleData.Load(), asOf);

        Section(output, text.T("Clusters\u00A0: admission au consortium (CL-1 à CL-4)", "Clusters: admission to the consortium (CL-1 to CL-4)"));
        foreach (ClusterAdmissionDecision cluster in report.Clusters)
        {
            output.WriteLine("• " + cluster.Summarize(language));
            Reasons(output, cluster, language, onlyNotable: true);
        }

        Section(output, text.T("Entreprises\u00A0: éligibilité, niveau, signature", "Companies: eligibility, level, signature"));
        foreach (CompanyEligibilityDecision company in report.Companies)
        {
            output.WriteLine("• " + company.Summarize(language));
            Reasons(output, company, language, onlyNotable: false);
            AssessmentResult? assessment = report.Assessments.Where(a => a.Subject == company.Subject).OrderBy(a => a.AsOf).LastOrDefault();
            if (assessment is not null)
            {
                output.WriteLine("    " + assessment.Summarize(language));
                if (assessment.NextLevel is { } gap)
                {
                    output.WriteLine("      " + gap.Describe(language));
                }
            }

            SignatureDecision? signature = report.Signatures.FirstOrDefault(s => s.Subject == company.Subject);
            if (signature is not null)
            {
                output.WriteLine("    " + signature.Summarize(language));
                Reasons(output, signature, language, onlyNotable: false);
            }
        }

        Section(output, text.T("Identifiants (SIREN, SIRET, TVA, NAF)", "Identifiers (SIREN, SIRET, VAT, NAF)"));
        PrintIdentifiers(output, text);
    }

    private static void Section(TextWriter output, string title)
    {
        output.WriteLine();
        output.WriteLine("== " + title + " ==");
    }

    private static void Reasons(TextWriter output, Decision decision, Language language, bool onlyNotable)
    {
        foreach (Finding finding in decision.Findings)
        {
            if (onlyNotable && finding.Code == FindingCodes.ClusterFounder)
            {
                continue;
            }

            output.WriteLine("      - " + finding.GetMessage(language) + " [" + finding.Code + "]");
        }
    }

    private static void PrintIdentifiers(TextWriter output, DemoText text)
    {
        Language language = text.Language;
        string colon = Prose.Colon(language);
        string valid = text.T("valide", "valid");
        string invalid = text.T("non valide", "not valid");
        foreach (string s in SampleSirens)
        {
            output.WriteLine(Siren.TryParse(s, out Siren siren, out IdentifierParseFailure failure)
                ? $"SIREN  {Shown(s),-24} {valid}{colon}{siren:S}, {text.T("TVA", "VAT")} {siren.ToVatNumber()}"
                : $"SIREN  {Shown(s),-24} {invalid}{colon}{Labels.Get(failure, language)}");
        }

        foreach (string s in SampleSirets)
        {
            output.WriteLine(Siret.TryParse(s, out Siret siret, out IdentifierParseFailure failure)
                ? $"SIRET  {Shown(s),-24} {valid}{colon}SIREN {siret.Siren:S}, NIC {siret.Nic:D5}"
                : $"SIRET  {Shown(s),-24} {invalid}{colon}{Labels.Get(failure, language)}");
        }

        foreach (string s in SampleVats)
        {
            output.WriteLine(FrenchVatNumber.TryParse(s, out FrenchVatNumber vat, out IdentifierParseFailure failure)
                ? $"{text.T("TVA", "VAT"),-6} {Shown(s),-24} {valid}{colon}{vat:S}"
                : $"{text.T("TVA", "VAT"),-6} {Shown(s),-24} {invalid}{colon}{Labels.Get(failure, language)}");
        }

        foreach (string s in SampleCompanyIdentifiers)
        {
            output.WriteLine(CompanyIdentifier.TryParse(s, out CompanyIdentifier id, out IdentifierParseFailure failure)
                ? $"{text.T("SIREN/SIRET", "SIREN/SIRET"),-6} {Shown(s),-19} {valid}{colon}SIREN {id.Siren:S}" + (id.Siret is Siret siret ? $", SIRET {siret:S}" : string.Empty)
                : $"{text.T("SIREN/SIRET", "SIREN/SIRET"),-6} {Shown(s),-19} {invalid}{colon}{Labels.Get(failure, language)}");
        }

        foreach (string s in SampleNafs)
        {
            NafCodeStatus status = NafNomenclatures.Check(s);
            string line = status == NafCodeStatus.Known && NafCode.TryParse(s, out NafCode naf)
                ? $"{valid}{colon}{NafNomenclatures.Describe(naf, language)} ({Labels.Get(naf.Nomenclature, language)})"
                : $"{invalid}{colon}{Labels.Get(status, language)}";
            output.WriteLine($"NAF    {Shown(s),-24} {line}");
        }
    }

    /// <summary>An input as typed, its no-break spaces made visible.</summary>
    private static string Shown(string input) => "\"" + input.Replace('\u00A0', '·').Replace('\u202F', '·') + "\"";
}
