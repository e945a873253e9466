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
using NodaTime.Text;

namespace ClustersTic.Demo;

/// <summary>Prints the consortium overview of the built-in sample data.</summary>
internal static class Overview
{
    private static readonly string[] SampleSirens = ["552 100 554", "732829320", "732829321", "55210055", "552-100-554", "000000000"];
    private static readonly string[] SampleSirets = ["732 829 320 00074", "35600000049837", "73282932000075"];
    private static readonly string[] SampleVats = ["FR 44 732 829 320", "FR45732829320"];
    private static readonly string[] SampleNafs = ["62.01Z", "6201Z", "62.10Y", "62-01Z"];

    public static void Print(TextWriter output, ConsortiumRules rules, LocalDate asOf, DemoText text)
    {
        Language language = text.Language;
        output.WriteLine(text.T("ClustersTic — vue d'ensemble du consortium", "ClustersTic — consortium overview"));
        output.WriteLine(text.T(
            $"Date : {LocalDatePattern.Iso.Format(asOf)} · règles : {rules.GetRuleSet(asOf).Id} ({rules.GetRuleSet(asOf).Title.In(language)}) · empreinte {rules.GetRuleSet(asOf).Fingerprint[..16]}…",
            $"Date: {LocalDatePattern.Iso.Format(asOf)} · rules: {rules.GetRuleSet(asOf).Id} ({rules.GetRuleSet(asOf).Title.In(language)}) · fingerprint {rules.GetRuleSet(asOf).Fingerprint[..16]}…"));
        output.WriteLine();

        ConsortiumReport report = rules.Evaluate(SampleData.Load(), asOf);

        Section(output, text.T("Clusters : admission au consortium (CL-1 à CL-4)", "Clusters: admission to the consortium (CL-1 to CL-4)"));
        foreach (ClusterAdmissionDecision cluster in report.Clusters)
        {
            output.WriteLine("• " + cluster.Summarize(language));
            Reasons(output, cluster, language, onlyNotable: true);
        }

        Section(output, text.T("Entreprises : éligibilité, niveau, signature", "Companies: eligibility, level, signature"));
        foreach (CompanyEligibilityDecision company in report.Companies)
        {
            output.WriteLine("• " + company.Summarize(language));
            Reasons(output, company, language, onlyNotable: false);
            AssessmentResult? assessment = report.Assessments.Where(a => a.Subject == company.Subject).OrderBy(a => a.AsOf).LastOrDefault();
            if (assessment is not null)
            {
                output.WriteLine("    " + text.T("Évaluation du ", "Assessment of ") + LocalDatePattern.Iso.Format(assessment.AsOf) + " — " + Level(assessment, text));
                if (assessment.NextLevel is { } gap)
                {
                    output.WriteLine("      " + Gap(gap, text));
                }
            }

            SignatureDecision? signature = report.Signatures.FirstOrDefault(s => s.Subject == company.Subject);
            if (signature is not null)
            {
                output.WriteLine("    " + text.T("Signature : ", "Signature: ") + Status(signature, text));
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

    private static string Level(AssessmentResult result, DemoText text)
    {
        string score = result.Score is decimal s ? s.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "—";
        string completion = result.Completion.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        return text.T(
            $"niveau {Labels.LevelName(result.Level, text.Language)}, score {score}/100, complétude {completion} %",
            $"level {Labels.LevelName(result.Level, text.Language)}, score {score}/100, completion {completion} %");
    }

    private static string Gap(LevelGap gap, DemoText text)
    {
        string target = Labels.LevelName(gap.TargetLevel, text.Language);
        var parts = new System.Collections.Generic.List<string>();
        if (gap.MustCriteriaNotMet.Count > 0)
        {
            parts.Add(text.T("critères obligatoires à satisfaire : ", "MUST criteria to meet: ") + string.Join(", ", gap.MustCriteriaNotMet));
        }

        if (gap.ScorePointsNeeded is decimal points && points > 0)
        {
            parts.Add(text.T($"{points:0.0} points de score (poids {gap.WeightNeeded})", $"{points:0.0} score points (weight {gap.WeightNeeded})"));
        }

        if (gap.CategoriesBelowMinimum.Count > 0)
        {
            parts.Add(text.T("catégories sous le minimum : ", "categories below the minimum: ") + string.Join(", ", gap.CategoriesBelowMinimum.Select(c => c.CategoryId)));
        }

        if (gap.AssessmentKindRequired)
        {
            parts.Add(text.T("une revue par les pairs ou un audit externe", "a peer review or an external audit"));
        }

        return text.T("Pour le niveau ", "To reach ") + target + " : " + string.Join(" ; ", parts);
    }

    private static string Status(SignatureDecision signature, DemoText text)
    {
        string status = Labels.StatusName(signature.Status, text.Language);
        if (signature.NextDueDate is LocalDate due)
        {
            string kind = signature.NextDueKind switch
            {
                DueKind.Review => text.T("revue annuelle", "annual review"),
                DueKind.NonConformity => text.T("levée de non-conformité", "non-conformity deadline"),
                _ => text.T("dernier jour de validité", "last valid day"),
            };
            status += text.T($", prochaine échéance le {LocalDatePattern.Iso.Format(due)} ({kind})", $", next due {LocalDatePattern.Iso.Format(due)} ({kind})");
        }

        if (signature.LevelCap is CharterLevel cap)
        {
            status += text.T($", niveau affiché limité à {Labels.LevelName(cap, text.Language)}", $", level shown at most {Labels.LevelName(cap, text.Language)}");
        }

        return status;
    }

    private static void PrintIdentifiers(TextWriter output, DemoText text)
    {
        foreach (string s in SampleSirens)
        {
            bool valid = Siren.TryParse(s, out Siren siren, out IdentifierParseFailure failure);
            output.WriteLine(valid
                ? $"SIREN  {s,-22} {text.Failure(failure)} : {siren:S}, {text.T("TVA", "VAT")} {siren.ToVatNumber()}"
                : $"SIREN  {s,-22} {text.T("invalide", "invalid")} : {text.Failure(failure)}");
        }

        foreach (string s in SampleSirets)
        {
            bool valid = Siret.TryParse(s, out Siret siret, out IdentifierParseFailure failure);
            output.WriteLine(valid
                ? $"SIRET  {s,-22} {text.Failure(failure)} : SIREN {siret.Siren:S}, NIC {siret.Nic:D5}"
                : $"SIRET  {s,-22} {text.T("invalide", "invalid")} : {text.Failure(failure)}");
        }

        foreach (string s in SampleVats)
        {
            bool valid = FrenchVatNumber.TryParse(s, out FrenchVatNumber vat, out IdentifierParseFailure failure);
            output.WriteLine(valid
                ? $"{text.T("TVA", "VAT"),-6} {s,-22} {text.Failure(failure)} : {vat:S}"
                : $"{text.T("TVA", "VAT"),-6} {s,-22} {text.T("invalide", "invalid")} : {text.Failure(failure)}");
        }

        foreach (string s in SampleNafs)
        {
            output.WriteLine(NafCode.TryParse(s, out NafCode naf)
                ? $"NAF    {s,-22} {text.T("valide", "valid")} : {naf} ({(naf.Nomenclature == NafNomenclature.Rev2 ? "NAF rév. 2" : "NAF 2025")})"
                : $"NAF    {s,-22} {text.T("invalide", "invalid")} : {text.T("attendu NN.NNL ou NNNNL", "expected NN.NNL or NNNNL")}");
        }
    }
}
