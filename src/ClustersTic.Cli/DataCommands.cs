using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using ClustersTic.Charter;
using ClustersTic.Cli.Output;
using ClustersTic.Cli.Report;
using ClustersTic.Cli.Tabular;
using ClustersTic.Companies;
using ClustersTic.DataSets;
using ClustersTic.Decisions;
using ClustersTic.Documents;
using ClustersTic.Organisations;
using ClustersTic.Reports;
using ClustersTic.RuleSets;
using ClustersTic.Signatures;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.Cli;

/// <summary><c>clusters-tic companies | clusters | assess | status &lt;file&gt;</c>: the rules over a data set
/// (JSON) or, for companies, a CSV or <c>.xlsx</c> table; one decision per record, as of today or
/// <c>--as-of</c>, under the rule set in force or <c>--rule-set</c>.</summary>
internal static class DataCommands
{
    public static IEnumerable<Command> Create(Option<string> lang, Texts texts, DataOptions options)
    {
        yield return Companies(lang, texts, options);
        yield return Report(lang, texts, options);
        yield return Records(lang, texts, options, "clusters", texts.T(
            "L’admission de chaque cluster d’un jeu de données (JSON). Code de sortie : 0 tous éligibles, 1 certains non, 2 entrée illisible.",
            "The admission of each cluster of a data set (JSON). Exit code: 0 all eligible, 1 some not, 2 unreadable input."), Kind.Clusters);
        yield return Records(lang, texts, options, "assess", texts.T(
            "Le score et le niveau de chaque évaluation d’un jeu de données (JSON). Code de sortie : 0 toutes au moins au niveau Signataire, 1 certaines non, 2 entrée illisible.",
            "The score and level of each assessment of a data set (JSON). Exit code: 0 all at Signatory level or above, 1 some not, 2 unreadable input."), Kind.Assessments);
        yield return Records(lang, texts, options, "status", texts.T(
            "Le statut de chaque signature d’un jeu de données (JSON) et sa prochaine échéance. Code de sortie : 0 toutes actives, 1 certaines non (revue due, suspendue, expirée…), 2 entrée illisible.",
            "The status of each signature of a data set (JSON) and its next due date. Exit code: 0 all active, 1 some not (review due, suspended, expired…), 2 unreadable input."), Kind.Signatures);
    }

    private static Command Report(Option<string> lang, Texts texts, DataOptions o)
    {
        var command = new Command("report", texts.T(
            "Le rapport au conseil : un fichier HTML autonome (comptes par résultat et niveau, répartition des scores, moyennes par catégorie, échéances des 60 prochains jours, ce qui manque pour le niveau suivant), depuis un jeu de données JSON ou un tableau d’entreprises. -o obligatoire dans un terminal.",
            "The board report: one self-contained HTML file (counts per outcome and level, score distribution, per-category averages, what falls due in the next 60 days, what each company lacks for the next level), from a JSON data set or a table of companies. -o required in a terminal."));
        command.Add(o.File);
        command.Add(o.AsOf);
        command.Add(o.RuleSet);
        command.Add(o.Output);
        command.Add(o.Clusters);
        command.Add(o.Encoding);
        command.Add(o.Map);
        command.SetAction((result, cancellationToken) => RunAsync(result, lang, o, Kind.Report, cancellationToken));
        return command;
    }

    private enum Kind
    {
        Report,
        Companies,
        Clusters,
        Assessments,
        Signatures,
    }

    private static Command Companies(Option<string> lang, Texts texts, DataOptions o)
    {
        var command = new Command("companies", texts.T(
            "L’éligibilité de chaque entreprise d’un fichier : jeu de données JSON, CSV (; ou ,) ou .xlsx, une ligne par entreprise (README, « Entrée en tableau »). Code de sortie : 0 toutes éligibles, 1 certaines non, 2 entrée illisible ou usage incorrect, 3 partiel : des lignes illisibles (sur la sortie d’erreur).",
            "The eligibility of each company of a file: a JSON data set, a CSV (; or ,) or an .xlsx, one row per company (README, 'Tabular input'). Exit code: 0 all eligible, 1 some not, 2 unreadable input or bad usage, 3 partial: some rows unreadable (on standard error)."));
        o.AddTo(command, tabular: true);
        command.SetAction((result, cancellationToken) => RunAsync(result, lang, o, Kind.Companies, cancellationToken));
        return command;
    }

    private static Command Records(Option<string> lang, Texts texts, DataOptions o, string name, string description, Kind kind)
    {
        var command = new Command(name, description);
        o.AddTo(command, tabular: false);
        command.SetAction((result, cancellationToken) => RunAsync(result, lang, o, kind, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, Option<string> lang, DataOptions o, Kind kind, CancellationToken cancellationToken)
    {
        var t = new Texts(result.GetValue(lang) == "en" ? Language.English : Language.French);
        try
        {
            string input = result.GetValue(o.File)!;
            string format = kind == Kind.Report ? "html" : result.GetValue(o.Format)!;
            string? outputPath = result.GetValue(o.Output);
            LocalDate? asOf = ParseDate(result.GetValue(o.AsOf), t);
            RuleSet? pinned = null;
            if (result.GetValue(o.RuleSet) is string ruleSetName)
            {
                (pinned, _) = await RulesetsCommand.OpenAsync(ruleSetName, t, cancellationToken, problemsTo: Console.Error);
                if (pinned is null)
                {
                    return ExitCodes.Usage;
                }
            }

            var rules = pinned is null
                ? new ConsortiumRules(RuleSetCatalog.Embedded, SystemClock.Instance)
                : new ConsortiumRules(pinned, SystemClock.Instance);
            LocalDate date = asOf ?? rules.Today;

            string extension = Path.GetExtension(input).ToLowerInvariant();
            bool tabular = extension is ".csv" or ".txt" or ".xlsx";
            if (!tabular && extension != ".json")
            {
                throw new TableException(
                    "« " + input + " » : extension inconnue ; donnez un jeu de données .json, un .csv ou un .xlsx.",
                    "'" + input + "': unknown extension; give a .json data set, a .csv or an .xlsx.");
            }

            if (tabular && kind is not Kind.Companies and not Kind.Report)
            {
                throw new TableException(
                    "un tableau ne donne que des entreprises (clusters-tic companies) ; les clusters, évaluations et signatures se lisent dans un jeu de données .json.",
                    "a table only gives companies (clusters-tic companies); clusters, assessments and signatures are read from a .json data set.");
            }

            if (!File.Exists(input))
            {
                throw new TableException("fichier introuvable : " + input, "file not found: " + input);
            }

            if (outputPath is null && (ResultWriter.IsBinary(format) || kind == Kind.Report) && !Console.IsOutputRedirected)
            {
                throw new TableException(
                    "le format " + format + " s’écrit dans un fichier : ajoutez -o fichier." + format + ".",
                    "the " + format + " format is written to a file: add -o file." + format + ".");
            }

            if (outputPath is not null && SamePath(outputPath, input, result.GetValue(o.Clusters)))
            {
                throw new TableException(
                    "-o désigne un fichier d’entrée : clusters-tic n’écrit jamais sur ses entrées.",
                    "-o names an input file: clusters-tic never writes over its inputs.");
            }

            using Stream output = outputPath is null ? Console.OpenStandardOutput() : new FileStream(outputPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            if (kind == Kind.Report)
            {
                return RunReport(result, o, t, rules, date, input, tabular, extension == ".xlsx", output);
            }

            return tabular
                ? RunTable(result, o, t, rules, date, input, extension == ".xlsx", format, output)
                : RunDataSet(result, o, t, rules, date, input, kind, format, output, cancellationToken);
        }
        catch (Exception e) when (Stopped(e, t))
        {
            return ExitCodes.Usage;
        }
    }

    /// <summary>Whether an exception is one of the ways a data command stops on bad input or usage (exit code 2):
    /// an input that cannot be used (<see cref="TableException"/>), a problem already said on stderr
    /// (<see cref="UsageFailure"/>), a file that cannot be read or written. Says it on stderr when it has not been.</summary>
    internal static bool Stopped(Exception e, Texts t)
    {
        switch (e)
        {
            case TableException table:
                Console.Error.WriteLine(table.In(t));
                return true;
            case UsageFailure:
                return true;
            case IOException or UnauthorizedAccessException:
                Console.Error.WriteLine(t.T("Erreur de lecture ou d’écriture", "Read or write error") + t.Colon + e.Message);
                return true;
            default:
                return false;
        }
    }

    private static int RunTable(ParseResult result, DataOptions o, Texts t, ConsortiumRules rules, LocalDate date, string input, bool xlsx, string format, Stream output)
    {
        IReadOnlyList<Cluster> clusters = ConsortiumFounders.All;
        string? clustersFile = result.GetValue(o.Clusters);
        if (clustersFile is not null)
        {
            clusters = LoadDataSet(clustersFile, t)?.Clusters ?? throw new UsageFailure();
        }

        ConsortiumSnapshot consortium = rules.Snapshot(clusters, date);
        using var companies = new CompanyInput(input, xlsx, result.GetValue(o.Encoding)!, result.GetValue(o.Map) ?? [], clusters, clustersFile is not null, t);
        int exit = ExitCodes.Valid;
        using (ResultWriter writer = ResultWriter.Create(format, output, t, CompanyColumns(t)))
        {
            foreach ((int line, Company company) in companies.Companies())
            {
                CompanyEligibilityDecision decision = rules.EvaluateCompany(company, consortium);
                exit = decision.Outcome == Outcome.Eligible ? exit : ExitCodes.NotValid;
                writer.Write(CompanyRow(decision, line, t), decision);
            }
        }

        return companies.ExitCode(exit);
    }

    private static int RunReport(ParseResult result, DataOptions o, Texts t, ConsortiumRules rules, LocalDate date, string input, bool tabular, bool xlsx, Stream output)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        BoardReportData data;
        int exit = ExitCodes.Valid;
        string? clustersFile = result.GetValue(o.Clusters);
        if (tabular)
        {
            IReadOnlyList<Cluster> clusters = clustersFile is null ? ConsortiumFounders.All : LoadDataSet(clustersFile, t)?.Clusters ?? throw new UsageFailure();
            ConsortiumSnapshot consortium = rules.Snapshot(clusters, date);
            using var companies = new CompanyInput(input, xlsx, result.GetValue(o.Encoding)!, result.GetValue(o.Map) ?? [], clusters, clustersFile is not null, t);
            var decisions = new List<CompanyEligibilityDecision>();
            foreach ((_, Company company) in companies.Companies())
            {
                CompanyEligibilityDecision decision = rules.EvaluateCompany(company, consortium);
                decisions.Add(decision);
                names.TryAdd(decision.Subject, company.Name);
            }

            data = new BoardReportData(date, rules.GetRuleSet(date), decisions, [], [], [], names);
            exit = companies.ExitCode(exit);
        }
        else
        {
            DataSet dataSet = LoadDataSet(input, t) ?? throw new UsageFailure();
            if (clustersFile is not null)
            {
                dataSet = new DataSet((LoadDataSet(clustersFile, t) ?? throw new UsageFailure()).Clusters, dataSet.Companies, dataSet.Assessments, dataSet.Signatures);
            }

            ConsortiumReport report = rules.Evaluate(dataSet, date);
            foreach (CompanyEligibilityDecision decision in report.Companies)
            {
                names.TryAdd(decision.Subject, decision.CompanyName);
            }

            data = new BoardReportData(date, rules.GetRuleSet(date), report.Companies, report.Clusters, report.Assessments, report.Signatures, names);
        }

        byte[] html = new System.Text.UTF8Encoding(false).GetBytes(BoardReport.Render(data, t));
        output.Write(html);
        output.Flush();
        return exit;
    }

    private static int RunDataSet(ParseResult result, DataOptions o, Texts t, ConsortiumRules rules, LocalDate date, string input, Kind kind, string format, Stream output, CancellationToken cancellationToken)
    {
        DataSet dataSet = LoadDataSet(input, t) ?? throw new UsageFailure();
        if (kind == Kind.Companies && result.GetValue(o.Clusters) is string clustersFile)
        {
            DataSet clusters = LoadDataSet(clustersFile, t) ?? throw new UsageFailure();
            dataSet = new DataSet(clusters.Clusters, dataSet.Companies, dataSet.Assessments, dataSet.Signatures);
        }

        cancellationToken.ThrowIfCancellationRequested();
        ConsortiumReport report = rules.Evaluate(dataSet, date);
        Dictionary<string, string> names = NamesBySiren(dataSet);
        string Name(string subject) => names.TryGetValue(subject, out string? name) ? name : string.Empty;
        int exit = ExitCodes.Valid;
        string[] columns = kind switch
        {
            Kind.Companies => CompanyColumns(t),
            Kind.Clusters => ResultColumns.Names(t, t.T("cluster", "cluster"), t.T("résultat", "outcome"), t.T("détail", "detail")),
            Kind.Assessments => ResultColumns.Names(t, "siren", t.T("niveau", "level"), "score"),
            _ => ResultColumns.Names(t, "siren", t.T("statut", "status"), t.T("prochaine échéance", "next due date")),
        };
        using ResultWriter writer = ResultWriter.Create(format, output, t, columns);
        switch (kind)
        {
            case Kind.Companies:
                foreach (CompanyEligibilityDecision decision in report.Companies)
                {
                    exit = decision.Outcome == Outcome.Eligible ? exit : ExitCodes.NotValid;
                    writer.Write(CompanyRow(decision, null, t), decision);
                }

                break;
            case Kind.Clusters:
                foreach (ClusterAdmissionDecision decision in report.Clusters)
                {
                    exit = decision.Outcome == Outcome.Eligible ? exit : ExitCodes.NotValid;
                    (string reasons, string codes) = ResultRow.ReasonsOf(decision, t);
                    string detail = decision.PendingSignature ? t.T("en attente de signature", "pending signature") : decision.IsMember ? t.T("membre", "member") : string.Empty;
                    writer.Write(new ResultRow(null, decision.Subject, decision.ClusterName, Labels.Get(decision.Outcome, t.Language), detail, reasons, codes), decision);
                }

                break;
            case Kind.Assessments:
                foreach (AssessmentResult assessment in report.Assessments)
                {
                    exit = assessment.Level >= CharterLevel.Signatory ? exit : ExitCodes.NotValid;
                    (string reasons, string codes) = ResultRow.ReasonsOf(assessment, t);
                    string score = assessment.Score is decimal s ? Prose.OneDecimal(s, t.Language) + "/100" : t.T("non calculable", "not computable");
                    writer.Write(new ResultRow(null, assessment.Subject, Name(assessment.Subject), Labels.Get(assessment.Level, t.Language), score, reasons, codes), assessment);
                }

                break;
            default:
                foreach (SignatureDecision signature in report.Signatures)
                {
                    exit = signature.Status == SignatureStatus.Active ? exit : ExitCodes.NotValid;
                    (string reasons, string codes) = ResultRow.ReasonsOf(signature, t);
                    string due = signature.NextDueDate is LocalDate d ? Prose.Date(d, t.Language) : string.Empty;
                    writer.Write(new ResultRow(null, signature.Subject, Name(signature.Subject), Labels.Get(signature.Status, t.Language), due, reasons, codes), signature);
                }

                break;
        }

        return exit;
    }

    private static string[] CompanyColumns(Texts t) => ResultColumns.Names(t, "siren", t.T("résultat", "outcome"), t.T("taille", "size"));

    private static ResultRow CompanyRow(CompanyEligibilityDecision decision, int? line, Texts t)
    {
        (string reasons, string codes) = ResultRow.ReasonsOf(decision, t);
        string size = decision.SizeCategory is CompanySizeCategory category ? Labels.Get(category, t.Language) : t.T("inconnue", "unknown");
        return new ResultRow(line, decision.Subject, decision.CompanyName, Labels.Get(decision.Outcome, t.Language), size, reasons, codes);
    }

    /// <summary>Each company's name by its canonical SIREN (the subject of its assessments and signatures).</summary>
    private static Dictionary<string, string> NamesBySiren(DataSet dataSet)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Company company in dataSet.Companies)
        {
            if (Identifiers.Siren.TryParse(company.Siren, out Identifiers.Siren siren))
            {
                names.TryAdd(siren.ToString(), company.Name);
            }
        }

        return names;
    }

    /// <summary>Loads a data set, or says on stderr every problem with its place and returns null.</summary>
    internal static DataSet? LoadDataSet(string path, Texts t)
    {
        try
        {
            return DataSet.LoadFile(path);
        }
        catch (DocumentValidationException e)
        {
            Console.Error.WriteLine(t.T("Jeu de données non valide", "Data set not valid") + t.Colon + path);
            foreach (DocumentProblem problem in e.Problems)
            {
                string where = problem.Line is int line ? problem.Path + " (" + t.Line(line) + ")" : problem.Path;
                Console.Error.WriteLine("  " + where + t.Colon + problem.GetMessage(t.Language) + " [" + problem.Code + "]");
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TableException("fichier illisible : " + path + " (" + e.Message + ")", "unreadable file: " + path + " (" + e.Message + ")");
        }
    }

    internal static LocalDate? ParseDate(string? text, Texts t)
    {
        if (text is null)
        {
            return null;
        }

        if (CellReaders.TryDate(text, fromWorkbook: false, out LocalDate? date, out _) && date is not null)
        {
            return date;
        }

        throw new TableException(
            "--as-of : « " + text + " » n’est pas une date (jj/mm/aaaa ou aaaa-mm-jj).",
            "--as-of: '" + text + "' is not a date (dd/mm/yyyy or yyyy-mm-dd).");
    }

    private static bool SamePath(string output, string input, string? clusters)
    {
        string full = Path.GetFullPath(output);
        return string.Equals(full, Path.GetFullPath(input), StringComparison.Ordinal)
            || (clusters is not null && string.Equals(full, Path.GetFullPath(clusters), StringComparison.Ordinal));
    }

    /// <summary>The input could not be used; what is wrong has been said on stderr.</summary>
    internal sealed class UsageFailure : Exception;

    /// <summary>The options the data commands share.</summary>
    internal sealed class DataOptions
    {
        public DataOptions(Texts texts)
        {
            File = new Argument<string>("file") { Description = texts.T("Le fichier d’entrée : .json (jeu de données), .csv ou .xlsx.", "The input file: .json (data set), .csv or .xlsx.") };
            AsOf = new Option<string>("--as-of") { Description = texts.T("La date de la décision (jj/mm/aaaa ou aaaa-mm-jj) ; aujourd’hui à Paris par défaut.", "The date of the decision (dd/mm/yyyy or yyyy-mm-dd); today in Paris by default.") };
            RuleSet = new Option<string>("--rule-set") { Description = texts.T("Le jeu de règles : un identifiant intégré (v1) ou un fichier ; celui en vigueur à la date par défaut.", "The rule set: an embedded id (v1) or a file; the one in force on the date by default.") };
            Format = new Option<string>("--format") { Description = texts.T("Format de sortie : table (par défaut), json (un document JSON par ligne : la décision, ou l’écart, le prospect), csv (UTF-8 avec BOM, ;) ou xlsx.", "Output format: table (the default), json (one JSON document per line: the decision, or the discrepancy, the prospect), csv (UTF-8 with BOM, ;) or xlsx."), DefaultValueFactory = _ => ResultWriter.Table };
            Format.AcceptOnlyFromAmong(ResultWriter.Formats);
            Output = new Option<string>("--output", "-o") { Description = texts.T("Le fichier de sortie (la sortie standard par défaut ; obligatoire pour xlsx dans un terminal). Jamais un fichier d’entrée.", "The output file (standard output by default; required for xlsx in a terminal). Never an input file.") };
            Clusters = new Option<string>("--clusters") { Description = texts.T("Un jeu de données JSON dont les clusters (adhésion à France Clusters, convention…) remplacent ceux que la bibliothèque connaît.", "A JSON data set whose clusters (France Clusters membership, convention…) replace those the library knows.") };
            Encoding = new Option<string>("--encoding") { Description = texts.T("L’encodage du CSV : utf-8 (par défaut, avec ou sans BOM) ou windows-1252, iso-8859-1, iso-8859-15.", "The CSV's encoding: utf-8 (the default, with or without BOM) or windows-1252, iso-8859-1, iso-8859-15."), DefaultValueFactory = _ => "utf-8" };
            Encoding.AcceptOnlyFromAmong(InputEncodings.Names);
            Map = new Option<string[]>("--map") { Description = texts.T("Lit une colonne comme un champ : --map \"Raison sociale=name\" (répétable). Champs : ", "Reads a column as a field: --map \"Company name=name\" (repeatable). Fields: ") + string.Join(", ", CompanyFields.CanonicalNames()) + ".", AllowMultipleArgumentsPerToken = false };
        }

        public Argument<string> File { get; }

        public Option<string> AsOf { get; }

        public Option<string> RuleSet { get; }

        public Option<string> Format { get; }

        public Option<string> Output { get; }

        public Option<string> Clusters { get; }

        public Option<string> Encoding { get; }

        public Option<string[]> Map { get; }

        /// <summary>Adds the options to a command: the input file argument unless <paramref name="file"/> is false;
        /// for tables, also --clusters, --encoding and --map.</summary>
        public void AddTo(Command command, bool tabular, bool file = true)
        {
            if (file)
            {
                command.Add(File);
            }

            command.Add(AsOf);
            command.Add(RuleSet);
            command.Add(Format);
            command.Add(Output);
            if (tabular)
            {
                command.Add(Clusters);
                command.Add(Encoding);
                command.Add(Map);
            }
        }
    }
}
