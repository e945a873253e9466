using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ClustersTic.Documents;
using ClustersTic.RuleSets;
using ClustersTic.Text;

namespace ClustersTic.Cli;

/// <summary><c>clusters-tic rulesets list | show &lt;id|file&gt; | validate &lt;file&gt;</c>: the versioned rule
/// sets, embedded or in a file.</summary>
internal static class RulesetsCommand
{
    public static Command Create(Option<string> lang, Texts texts, DataCommands.DataOptions data)
    {
        var format = new Option<string>("--format")
        {
            Description = texts.T("Format de sortie : text (par défaut) ou json.", "Output format: text (the default) or json."),
            DefaultValueFactory = _ => "text",
            Recursive = true,
        };
        format.AcceptOnlyFromAmong("text", "json");

        var list = new Command("list", texts.T("Liste les jeux de règles intégrés, du plus ancien au plus récent.", "Lists the embedded rule sets, oldest first."));
        list.SetAction(result =>
        {
            var t = Language(result, lang);
            if (result.GetValue(format) == "json")
            {
                WriteJsonList(Console.OpenStandardOutput());
            }
            else
            {
                foreach (RuleSet ruleSet in RuleSetCatalog.Embedded.RuleSets)
                {
                    Console.Out.WriteLine(Summary(ruleSet, t));
                }
            }

            return ExitCodes.Valid;
        });

        var idOrFile = new Argument<string>("rule-set")
        {
            Description = texts.T("L’identifiant d’un jeu de règles intégré (v1) ou le chemin d’un fichier JSON.", "The id of an embedded rule set (v1) or the path of a JSON file."),
        };
        var show = new Command("show", texts.T("Affiche un jeu de règles : ses paramètres, sa charte, son empreinte.", "Shows a rule set: its parameters, its charter, its fingerprint.")) { idOrFile };
        show.SetAction(async (result, cancellationToken) =>
        {
            var t = Language(result, lang);
            (RuleSet? ruleSet, int exitCode) = await OpenAsync(result.GetValue(idOrFile)!, t, cancellationToken);
            if (ruleSet is null)
            {
                return exitCode;
            }

            if (result.GetValue(format) == "json")
            {
                Console.Out.WriteLine(ruleSet.ToJson());
            }
            else
            {
                Describe(Console.Out, ruleSet, t);
            }

            return ExitCodes.Valid;
        });

        var file = new Argument<string>("file") { Description = texts.T("Le fichier JSON du jeu de règles.", "The rule set's JSON file.") };
        var validate = new Command("validate", texts.T(
            "Vérifie un fichier de jeu de règles comme la bibliothèque le charge : chaque problème avec sa place. Code de sortie : 0 valide, 1 non valide, 2 fichier illisible.",
            "Checks a rule-set file as the library loads it: every problem with its place. Exit code: 0 valid, 1 not valid, 2 unreadable file."))
        {
            file,
        };
        validate.SetAction(async (result, cancellationToken) =>
        {
            var t = Language(result, lang);
            (RuleSet? ruleSet, int exitCode) = await OpenAsync(result.GetValue(file)!, t, cancellationToken, fileOnly: true);
            if (ruleSet is not null)
            {
                Console.Out.WriteLine(t.T("Valide", "Valid") + t.Colon + Summary(ruleSet, t));
            }

            return exitCode;
        });

        var before = new Argument<string>("from") { Description = texts.T("Le jeu de règles de départ (identifiant ou fichier).", "The rule set to compare from (id or file).") };
        var after = new Argument<string>("to") { Description = texts.T("Le jeu de règles d’arrivée (identifiant ou fichier).", "The rule set to compare to (id or file).") };
        var diff = new Command("diff", texts.T(
            "Ce qui change d’un jeu de règles à l’autre : paramètres, durées, catégories et critères ajoutés, retirés ou modifiés. Code de sortie : 0 identiques, 1 différents, 2 illisible.",
            "What changes from one rule set to the other: parameters, durations, categories and criteria added, removed or changed. Exit code: 0 identical, 1 different, 2 unreadable."))
        {
            before,
            after,
        };
        diff.SetAction(async (result, cancellationToken) =>
        {
            var t = Language(result, lang);
            (RuleSet? a, int exitA) = await OpenAsync(result.GetValue(before)!, t, cancellationToken);
            if (a is null)
            {
                return exitA == ExitCodes.NotValid ? ExitCodes.Usage : exitA;
            }

            (RuleSet? b, int exitB) = await OpenAsync(result.GetValue(after)!, t, cancellationToken);
            if (b is null)
            {
                return exitB == ExitCodes.NotValid ? ExitCodes.Usage : exitB;
            }

            System.Collections.Generic.IReadOnlyList<RuleSetChange> changes = RuleSetDiff.Compare(a, b, t);
            if (result.GetValue(format) == "json")
            {
                WriteJsonDiff(Console.OpenStandardOutput(), a, b, changes);
            }
            else
            {
                bool sameIdOtherContent = string.Equals(a.Id, b.Id, StringComparison.Ordinal) && !a.Equals(b);
                string Name(RuleSet r) => sameIdOtherContent ? string.Concat(r.Id, " (", r.Fingerprint.AsSpan(0, 16), ")") : r.Id;
                Console.Out.WriteLine(Name(a) + " → " + Name(b) + t.Colon + (changes.Count == 0
                    ? t.T("aucune différence", "no difference")
                    : Prose.Number(changes.Count, t.Language) + (changes.Count == 1 ? t.T(" différence", " difference") : t.T(" différences", " differences"))));
                foreach (RuleSetChange change in changes)
                {
                    Console.Out.WriteLine(change.Line);
                }
            }

            return changes.Count == 0 ? ExitCodes.Valid : ExitCodes.NotValid;
        });

        return new Command("rulesets", texts.T("Les jeux de règles versionnés : list, show, validate, diff, impact.", "The versioned rule sets: list, show, validate, diff, impact."))
        {
            format,
            list,
            show,
            validate,
            diff,
            ImpactCommand.Create(lang, texts, format, data),
        };
    }

    private static Texts Language(ParseResult result, Option<string> lang) =>
        new(result.GetValue(lang) == "en" ? Text.Language.English : Text.Language.French);

    /// <summary><c>v1 — Charte des Bonnes Pratiques, version 1 (1.0, en vigueur à partir du 7 décembre 2009, empreinte 6bec0e1510507bc5)</c>.</summary>
    private static string Summary(RuleSet ruleSet, Texts t) =>
        ruleSet.Id + " — " + ruleSet.Title.In(t.Language) + " (" + ruleSet.Version + ", "
        + t.T("en vigueur à partir du ", "in force from ") + Prose.Date(ruleSet.EffectiveFrom, t.Language) + ", "
        + t.T("empreinte ", "fingerprint ") + ruleSet.Fingerprint.Substring(0, 16) + ")";

    private static void Describe(TextWriter output, RuleSet ruleSet, Texts t)
    {
        string colon = t.Colon;
        output.WriteLine(ruleSet.Id + " — " + ruleSet.Title.In(t.Language));
        output.WriteLine(t.T("Version", "Version") + colon + ruleSet.Version);
        output.WriteLine(t.T("En vigueur à partir du", "In force from") + colon + Prose.Date(ruleSet.EffectiveFrom, t.Language));
        output.WriteLine(t.T("Empreinte", "Fingerprint") + colon + ruleSet.Fingerprint);
        output.WriteLine(t.T("Charte", "Charter") + colon + ruleSet.Charter.Id + " " + ruleSet.Charter.Version + ", "
            + ruleSet.Charter.Categories.Count.ToString(CultureInfo.InvariantCulture) + t.T(" catégories, ", " categories, ")
            + ruleSet.Charter.Criteria.Count.ToString(CultureInfo.InvariantCulture) + t.T(" critères", " criteria"));
        output.WriteLine(t.T("Part minimale de prestataires du numérique (CL-3)", "Minimum share of digital providers (CL-3)") + colon
            + Prose.Percent(ruleSet.ClusterAdmission.MinimumProviderShare * 100m, t.Language));
        output.WriteLine(t.T("Secteur du numérique, NAF rév. 2 (CO-4)", "Digital sector, NAF rev. 2 (CO-4)") + colon + string.Join(", ", ruleSet.CompanyEligibility.DigitalSectorRev2));
        output.WriteLine(t.T("Secteur du numérique, NAF 2025 (CO-4)", "Digital sector, NAF 2025 (CO-4)") + colon + string.Join(", ", ruleSet.CompanyEligibility.DigitalSectorNaf2025));
        output.WriteLine(t.T("La NAF 2025 décide à partir du", "NAF 2025 decides from") + colon + Prose.Date(ruleSet.CompanyEligibility.Naf2025ReferenceFrom, t.Language));
        output.WriteLine(t.T("Niveau Confirmé", "Confirmed level") + colon + t.T("score ≥ ", "score ≥ ") + Prose.OneDecimal(ruleSet.Scoring.ConfirmedMinimumScore, t.Language)
            + t.T(", chaque catégorie ≥ ", ", every category ≥ ") + Prose.OneDecimal(ruleSet.Scoring.ConfirmedMinimumCategoryScore, t.Language));
        output.WriteLine(t.T("Niveau Exemplaire", "Exemplary level") + colon + t.T("score ≥ ", "score ≥ ") + Prose.OneDecimal(ruleSet.Scoring.ExemplaryMinimumScore, t.Language));
    }

    /// <summary>An embedded rule set by id, or a file; a file that cannot be read is bad usage (2), one that is
    /// not a valid rule set is "not valid" (1) with every problem on standard output.</summary>
    internal static async Task<(RuleSet? RuleSet, int ExitCode)> OpenAsync(string idOrFile, Texts t, CancellationToken cancellationToken, bool fileOnly = false, TextWriter? problemsTo = null)
    {
        if (!fileOnly && !File.Exists(idOrFile))
        {
            foreach (RuleSet embedded in RuleSetCatalog.Embedded.RuleSets)
            {
                if (string.Equals(embedded.Id, idOrFile, StringComparison.Ordinal))
                {
                    return (embedded, ExitCodes.Valid);
                }
            }
        }

        try
        {
            return (await RuleSet.LoadFileAsync(idOrFile, cancellationToken), ExitCodes.Valid);
        }
        catch (DocumentValidationException e)
        {
            foreach (DocumentProblem problem in e.Problems)
            {
                string where = problem.Line is int line ? $"{problem.Path} ({t.T("ligne", "line")} {line.ToString(CultureInfo.InvariantCulture)})" : problem.Path;
                (problemsTo ?? Console.Out).WriteLine(where + t.Colon + problem.GetMessage(t.Language) + " [" + problem.Code + "]");
            }

            return (null, ExitCodes.NotValid);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(e is FileNotFoundException or DirectoryNotFoundException
                ? t.T("Fichier introuvable", "File not found") + t.Colon + idOrFile
                : t.T("Fichier illisible", "Unreadable file") + t.Colon + idOrFile + " — " + e.Message);
            if (!fileOnly)
            {
                Console.Error.WriteLine(t.T("Jeux de règles intégrés", "Embedded rule sets") + t.Colon + string.Join(", ", Ids()));
            }

            return (null, ExitCodes.Usage);
        }
    }

    private static string[] Ids()
    {
        var ids = new string[RuleSetCatalog.Embedded.RuleSets.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = RuleSetCatalog.Embedded.RuleSets[i].Id;
        }

        return ids;
    }

    private static void WriteJsonDiff(Stream output, RuleSet a, RuleSet b, System.Collections.Generic.IReadOnlyList<RuleSetChange> changes) => JsonOutput.Write(output, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("from", a.Id);
        writer.WriteString("fromFingerprint", a.Fingerprint);
        writer.WriteString("to", b.Id);
        writer.WriteString("toFingerprint", b.Fingerprint);
        writer.WriteStartArray("changes");
        foreach (RuleSetChange change in changes)
        {
            writer.WriteStartObject();
            writer.WriteString("area", change.Area);
            writer.WriteString("id", change.Id);
            writer.WriteString("change", change.Change);
            JsonOutput.StringOrNull(writer, "field", change.Field);
            JsonOutput.StringOrNull(writer, "from", change.From);
            JsonOutput.StringOrNull(writer, "to", change.To);
            writer.WriteString("message", change.Line);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteJsonList(Stream output) => JsonOutput.Write(output, writer =>
    {
        writer.WriteStartArray();
        foreach (RuleSet ruleSet in RuleSetCatalog.Embedded.RuleSets)
        {
            writer.WriteStartObject();
            writer.WriteString("id", ruleSet.Id);
            writer.WriteString("version", ruleSet.Version);
            writer.WriteString("effectiveFrom", ruleSet.EffectiveFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("titleFr", ruleSet.Title.French);
            writer.WriteString("titleEn", ruleSet.Title.English);
            writer.WriteString("fingerprint", ruleSet.Fingerprint);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });
}
