using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text.Json;
using ClustersTic.Cli.Output;
using ClustersTic.Cli.Tabular;
using ClustersTic.Companies;
using ClustersTic.DataSets;
using ClustersTic.Decisions;
using ClustersTic.Identifiers;
using ClustersTic.Organisations;
using ClustersTic.Reports;
using ClustersTic.RuleSets;
using ClustersTic.Sirene;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.Cli;

/// <summary><c>clusters-tic sirene verify | prospects</c>: member data checked against INSEE's Sirene stock files,
/// and the digital providers of given départements that are not members yet.</summary>
internal static class SireneCommands
{
    public static Command Create(Option<string> lang, Texts texts, DataCommands.DataOptions o)
    {
        var legalUnits = new Option<string>("--legal-units") { Description = texts.T("Le fichier stock des unités légales de l’INSEE (StockUniteLegale_utf8.csv ou .zip).", "INSEE's legal-unit stock file (StockUniteLegale_utf8.csv or .zip)."), Required = true };
        var establishments = new Option<string>("--establishments") { Description = texts.T("Le fichier stock des établissements de l’INSEE (StockEtablissement_utf8.csv ou .zip).", "INSEE's establishment stock file (StockEtablissement_utf8.csv or .zip).") };
        var updated = new Option<string>("--updated") { Description = texts.T("Écrit aussi le jeu de données des membres corrigé depuis le répertoire (un nouveau fichier .json ; jamais un fichier d’entrée).", "Also writes the members' data set corrected from the register (a new .json file; never an input file).") };
        var members = new Option<string>("--members") { Description = texts.T("Les membres à laisser de côté : jeu de données .json, .csv ou .xlsx.", "The members to leave out: a .json data set, a .csv or an .xlsx.") };
        var departements = new Option<string>("--departements") { Description = texts.T("Les départements du siège, séparés par des virgules : 42,69 (2A, 2B, 971… admis).", "The head office's départements, comma-separated: 42,69 (2A, 2B, 971… accepted)."), Required = true };

        var verify = new Command("verify", texts.T(
            "Compare les membres d’un fichier (jeu de données .json, .csv ou .xlsx) au répertoire Sirene : SIREN inconnu, cessation, activité, NAF 2025, date de création, SIRET du siège (et, avec --establishments, l’établissement du SIRET) ; pour chaque écart, si la décision d’éligibilité change. Code de sortie : 0 aucun écart, 1 des écarts, 2 entrée illisible ou usage incorrect, 3 partiel : des lignes illisibles.",
            "Compares the members of a file (.json data set, .csv or .xlsx) with the Sirene register: unknown SIREN, cessation, activity, NAF 2025, creation date, head-office SIRET (and, with --establishments, the SIRET's establishment); for each discrepancy, whether the eligibility decision changes. Exit code: 0 no discrepancy, 1 discrepancies, 2 unreadable input or bad usage, 3 partial: some rows unreadable."));
        verify.Add(o.File);
        verify.Add(legalUnits);
        verify.Add(establishments);
        verify.Add(updated);
        o.AddTo(verify, tabular: true, file: false);
        verify.SetAction(result => Run(result, lang, t => Verify(result, o, t, result.GetValue(legalUnits)!, result.GetValue(establishments), result.GetValue(updated))));

        var prospects = new Command("prospects", texts.T(
            "Les unités légales actives du secteur numérique (liste du jeu de règles en vigueur) dont le siège est dans les départements donnés et qui ne sont pas membres, avec leur éligibilité autant que le répertoire permet d’en juger (l’adhésion mise à part). Code de sortie : 0, 2 entrée illisible ou usage incorrect, 3 partiel : des lignes illisibles.",
            "The active legal units of the digital sector (the list of the rule set in force) whose head office is in the given départements and that are not members, with their eligibility as far as the register can tell (membership aside). Exit code: 0, 2 unreadable input or bad usage, 3 partial: some rows unreadable."));
        prospects.Add(legalUnits);
        var prospectEstablishments = new Option<string>("--establishments") { Description = establishments.Description, Required = true };
        prospects.Add(prospectEstablishments);
        prospects.Add(departements);
        prospects.Add(members);
        o.AddTo(prospects, tabular: true, file: false);
        prospects.SetAction(result => Run(result, lang, t => Prospects(result, o, t, result.GetValue(legalUnits)!, result.GetValue(prospectEstablishments)!, result.GetValue(departements)!, result.GetValue(members))));

        return new Command("sirene", texts.T(
            "Le répertoire Sirene de l’INSEE (fichiers stock, dictionnaire des variables 3.11, avec l’activité NAF 2025) : vérifier les membres, trouver des prospects.",
            "INSEE's Sirene register (stock files, dictionary of variables 3.11, with the NAF 2025 activity): verify members, find prospects."))
        {
            verify,
            prospects,
        };
    }

    private static int Run(ParseResult result, Option<string> lang, Func<Texts, int> action)
    {
        var t = new Texts(result.GetValue(lang) == "en" ? Language.English : Language.French);
        try
        {
            return action(t);
        }
        catch (SireneFormatException e)
        {
            string where = e.Line is int line ? " (" + t.Line(line) + ")" : string.Empty;
            Console.Error.WriteLine(t.T("Fichier Sirene illisible", "Unreadable Sirene file") + where + t.Colon + e.GetMessage(t.Language));
            return ExitCodes.Usage;
        }
        catch (Exception e) when (DataCommands.Stopped(e, t))
        {
            return ExitCodes.Usage;
        }
    }

    private static int Verify(ParseResult result, DataCommands.DataOptions o, Texts t, string legalUnitsPath, string? establishmentsPath, string? updatedPath)
    {
        string membersPath = result.GetValue(o.File)!;
        Context context = Context.Open(result, o, t, [membersPath, legalUnitsPath, establishmentsPath], outputs: [result.GetValue(o.Output), updatedPath]);
        MemberList list = MemberList.Load(membersPath, result, o, context, t, decides: true);

        // What the register says about the members: one scan of each file, keeping only the members' rows.
        var sirens = new HashSet<string>(StringComparer.Ordinal);
        var sirets = new HashSet<string>(StringComparer.Ordinal);
        foreach ((_, Company member) in list.Members)
        {
            if (Siren.TryParse(member.Siren, out Siren siren))
            {
                sirens.Add(siren.ToString());
            }

            if (Siret.TryParse(member.Siret, out Siret siret))
            {
                sirets.Add(siret.ToString());
            }
        }

        var scan = new Scan(t);
        var units = new Dictionary<string, SireneLegalUnit>(StringComparer.Ordinal);
        foreach (SireneLegalUnit unit in scan.Read(SireneStock.OpenLegalUnits(legalUnitsPath)))
        {
            if (sirens.Contains(unit.Siren))
            {
                units[unit.Siren] = unit;
            }
        }

        Dictionary<string, SireneEstablishment>? establishments = null;
        if (establishmentsPath is not null)
        {
            establishments = new Dictionary<string, SireneEstablishment>(StringComparer.Ordinal);
            foreach (SireneEstablishment establishment in scan.Read(SireneStock.OpenEstablishments(establishmentsPath)))
            {
                if (sirets.Contains(establishment.Siret))
                {
                    establishments[establishment.Siret] = establishment;
                }
            }
        }

        int exit = ExitCodes.Valid;
        int concerned = 0;
        int count = 0;
        var updatedCompanies = new List<Company>(list.Members.Count);
        string[] columns = [t.T("ligne", "line"), "siren", t.T("nom", "name"), t.T("écart", "discrepancy"), t.T("fichier des membres", "member record"), t.T("répertoire Sirene", "Sirene register"), t.T("décision d’éligibilité", "eligibility decision"), t.T("code", "code")];
        using (Stream output = context.OpenOutput())
        using (ResultWriter writer = ResultWriter.Create(context.Format, output, t, columns, [6, 12, 24, 28, 30, 30]))
        {
            foreach ((int? line, Company member) in list.Members)
            {
                var found = new List<SireneDiscrepancy>();
                SireneLegalUnit? unit = Siren.TryParse(member.Siren, out Siren siren) ? units.GetValueOrDefault(siren.ToString()) : null;
                found.AddRange(SireneComparison.Compare(member, unit));
                if (establishments is not null && Siret.TryParse(member.Siret, out Siret siret))
                {
                    found.AddRange(SireneComparison.CompareEstablishment(member, establishments.GetValueOrDefault(siret.ToString())));
                }

                updatedCompanies.Add(SireneComparison.Update(member, found));
                if (found.Count == 0)
                {
                    continue;
                }

                concerned++;
                exit = ExitCodes.NotValid;
                Outcome before = context.Rules.EvaluateCompany(member, context.Consortium).Outcome;
                foreach (SireneDiscrepancy discrepancy in found)
                {
                    count++;
                    Outcome? after = discrepancy.ApplyTo(member) is Company corrected ? context.Rules.EvaluateCompany(corrected, context.Consortium).Outcome : null;
                    string effect = after is Outcome changed
                        ? changed == before
                            ? t.T("inchangée : ", "unchanged: ") + Labels.Get(before, t.Language)
                            : Labels.Get(before, t.Language) + " → " + Labels.Get(changed, t.Language)
                        : t.T("à vérifier", "to check");
                    string lineText = line?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
                    string[] values = [lineText, member.Siren ?? string.Empty, member.Name, SireneDiscrepancy.Label(discrepancy.Kind, t.Language), discrepancy.GetMemberValue(t.Language), discrepancy.GetRegisterValue(t.Language), effect, discrepancy.Code];
                    writer.Write(values, json => WriteDiscrepancy(json, line, member, discrepancy, before, after, t), numericFirst: line is not null);
                }
            }
        }

        string checkedFrench = Members(list.Members.Count, t) + (list.Members.Count > 1 ? " vérifiés : " : " vérifié : ");
        string checkedEnglish = Members(list.Members.Count, t) + " checked: ";
        Console.Error.WriteLine(count == 0
            ? t.T(checkedFrench + "aucun écart.", checkedEnglish + "no discrepancies.")
            : t.T(
                checkedFrench + Discrepancies(count, t) + " pour " + Members(concerned, t) + ".",
                checkedEnglish + Discrepancies(count, t) + " for " + Members(concerned, t) + "."));
        if (updatedPath is not null)
        {
            DataSet source = list.DataSet ?? new DataSet(context.Clusters, [], [], []);
            new DataSet(source.Clusters, updatedCompanies, source.Assessments, source.Signatures).WriteTo(File.Create(updatedPath));
            Console.Error.WriteLine(t.T("Jeu de données corrigé écrit", "Corrected data set written") + t.Colon + updatedPath);
        }

        return list.ExitCode(scan.ExitCode(exit));
    }

    private static string Members(int n, Texts t) => Count(n, t, "membre", "membres", "member", "members");

    private static string Discrepancies(int n, Texts t) => Count(n, t, "écart", "écarts", "discrepancy", "discrepancies");

    private static string Count(int n, Texts t, string frenchOne, string frenchMany, string englishOne, string englishMany) =>
        Prose.Number(n, t.Language) + " " + (n is 0 or 1 ? t.T(frenchOne, englishOne) : t.T(frenchMany, englishMany));

    private static void WriteDiscrepancy(Utf8JsonWriter w, int? line, Company member, SireneDiscrepancy d, Outcome before, Outcome? after, Texts t)
    {
        w.WriteStartObject();
        if (line is int l)
        {
            w.WriteNumber("line", l);
        }

        w.WriteString("siren", member.Siren);
        w.WriteString("name", member.Name);
        w.WriteString("code", d.Code);
        w.WriteString("member", d.MemberValue);
        w.WriteString("register", d.RegisterValue);
        w.WriteString("outcome", Name(before));
        if (after is Outcome a)
        {
            w.WriteString("outcomeIfCorrected", Name(a));
            w.WriteBoolean("changesDecision", a != before);
        }
        else
        {
            w.WriteNull("outcomeIfCorrected");
            w.WriteNull("changesDecision");
        }

        w.WriteString("message", d.GetMessage(t.Language));
        w.WriteEndObject();
    }

    /// <summary>An outcome as the decision documents write it (<c>Eligible</c>, <c>Ineligible</c>, <c>Incomplete</c>).</summary>
    private static string Name(Outcome outcome) => outcome switch
    {
        Outcome.Eligible => nameof(Outcome.Eligible),
        Outcome.Ineligible => nameof(Outcome.Ineligible),
        _ => nameof(Outcome.Incomplete),
    };

    private static int Prospects(ParseResult result, DataCommands.DataOptions o, Texts t, string legalUnitsPath, string establishmentsPath, string departementList, string? membersPath)
    {
        HashSet<string> wanted = ParseDepartements(departementList);
        Context context = Context.Open(result, o, t, [membersPath, legalUnitsPath, establishmentsPath], outputs: [result.GetValue(o.Output)]);
        var members = new HashSet<string>(StringComparer.Ordinal);
        MemberList? list = null;
        if (membersPath is not null)
        {
            list = MemberList.Load(membersPath, result, o, context, t, decides: false);
            foreach ((_, Company member) in list.Members)
            {
                if (Siren.TryParse(member.Siren, out Siren siren))
                {
                    members.Add(siren.ToString());
                }
            }
        }

        // The head offices in the départements, from the establishment file: what the legal units are then
        // looked up in (memory grows with the départements' head offices, not with the files).
        var scan = new Scan(t);
        var headOffices = new Dictionary<string, SireneEstablishment>(StringComparer.Ordinal);
        foreach (SireneEstablishment establishment in scan.Read(SireneStock.OpenEstablishments(establishmentsPath)))
        {
            if (establishment.IsHeadOffice && establishment.State != AdministrativeState.Ceased && establishment.Departement is string d && wanted.Contains(d))
            {
                headOffices[establishment.Siren] = establishment;
            }
        }

        string[] columns =
        [
            "siren", t.T("nom", "name"), t.T("activité", "activity"), "NAF 2025", t.T("création", "created"), t.T("siège", "head office"),
            t.T("code postal", "postal code"), t.T("département", "département"), t.T("effectif salarié", "employees"), t.T("catégorie INSEE", "INSEE category"),
            t.T("résultat (adhésion mise à part)", "outcome (membership aside)"), t.T("raisons", "reasons"), t.T("codes", "codes"),
        ];
        int found = 0;
        using (Stream output = context.OpenOutput())
        using (ResultWriter writer = ResultWriter.Create(context.Format, output, t, TableOrder(columns, context.Format), [11, 32, 30]))
        {
            foreach (SireneLegalUnit unit in scan.Read(SireneStock.OpenLegalUnits(legalUnitsPath)))
            {
                if (unit.State != AdministrativeState.Active || !headOffices.TryGetValue(unit.Siren, out SireneEstablishment? headOffice) || members.Contains(unit.Siren))
                {
                    continue;
                }

                Company company = unit.ToCompany();
                CompanyEligibilityDecision decision = context.Rules.EvaluateCompany(company, context.Consortium);
                if (!InDigitalSector(decision))
                {
                    continue;
                }

                found++;
                Outcome outcome = OutcomeAsideMembership(decision);
                (string reasons, string codes) = ReasonsAsideMembership(decision, t);
                string[] values =
                [
                    unit.Siren, unit.Name ?? t.T("[non diffusé]", "[not diffused]"), Activity(unit, company, t), Naf2025(unit.MainActivityNaf2025, t),
                    unit.CreatedOn is LocalDate created ? Prose.Date(created, t.Language) : string.Empty, headOffice.Siret, headOffice.PostalCode ?? string.Empty,
                    headOffice.Departement ?? string.Empty, Employees(unit, t), Category(unit), Labels.Get(outcome, t.Language), reasons, codes,
                ];
                writer.Write(TableOrder(values, context.Format), json => WriteProspect(json, unit, headOffice, outcome, decision, t));
            }
        }

        Console.Error.WriteLine(t.T(
            Prose.Number(found, t.Language) + (found is 0 or 1 ? " prospect" : " prospects") + (wanted.Count > 1 ? " dans les départements " : " dans le département ") + string.Join(", ", Sorted(wanted)) + ".",
            Prose.Number(found, t.Language) + (found == 1 ? " prospect" : " prospects") + (wanted.Count > 1 ? " in départements " : " in département ") + string.Join(", ", Sorted(wanted)) + "."));
        int exit = scan.ExitCode(ExitCodes.Valid);
        return list is null ? exit : list.ExitCode(exit);
    }

    /// <summary>The table shows the SIREN, name, outcome and reasons; the files every column.</summary>
    private static string[] TableOrder(string[] values, string format) => format == ResultWriter.Table
        ? [values[0], values[1], values[10], values[11]]
        : values;

    private static bool InDigitalSector(CompanyEligibilityDecision decision)
    {
        foreach (Finding finding in decision.Findings)
        {
            if (finding.RuleId == "CO-4" && finding.Status is FindingStatus.Failed or FindingStatus.Unknown)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reading 11 over every rule but CO-3: a prospect is not an adherent yet, by definition.</summary>
    private static Outcome OutcomeAsideMembership(CompanyEligibilityDecision decision)
    {
        Outcome outcome = Outcome.Eligible;
        foreach (Finding finding in decision.Findings)
        {
            if (finding.RuleId == "CO-3")
            {
                continue;
            }

            if (finding.Status == FindingStatus.Failed)
            {
                return Outcome.Ineligible;
            }

            if (finding.Status == FindingStatus.Unknown)
            {
                outcome = Outcome.Incomplete;
            }
        }

        return outcome;
    }

    private static (string Reasons, string Codes) ReasonsAsideMembership(CompanyEligibilityDecision decision, Texts t)
    {
        var messages = new List<string>();
        var codes = new List<string>();
        foreach (FindingStatus status in (FindingStatus[])[FindingStatus.Failed, FindingStatus.Unknown])
        {
            foreach (Finding finding in decision.Findings)
            {
                if (finding.Status == status && finding.RuleId != "CO-3")
                {
                    messages.Add(finding.GetMessage(t.Language));
                    codes.Add(finding.Code);
                }
            }
        }

        return (string.Join(" | ", messages), string.Join(" ", codes));
    }

    /// <summary>The main activity with its title when the rules read it (rév. 2, as <see cref="SireneLegalUnit.ToCompany"/>
    /// gives it); otherwise as the register writes it.</summary>
    private static string Activity(SireneLegalUnit unit, Company company, Texts t) =>
        NafCode.TryParse(company.NafRev2, NafNomenclature.Rev2, out NafCode naf) ? NafNomenclatures.Describe(naf, t.Language) : unit.MainActivity ?? string.Empty;

    private static string Naf2025(string? code, Texts t) =>
        NafCode.TryParse(code, NafNomenclature.Naf2025, out NafCode naf) ? NafNomenclatures.Describe(naf, t.Language) : code ?? string.Empty;

    /// <summary>The employee band as an interval with its year: <c>10 à 19 salariés (2023)</c>; empty when the
    /// register does not give it (the size then stays unknown: a band is not a headcount in annual work units).</summary>
    private static string Employees(SireneLegalUnit unit, Texts t)
    {
        if (!SireneEmployeeBands.TryGetInterval(unit.EmployeeBand, out int minimum, out int? maximum))
        {
            return t.T("non renseigné", "not given");
        }

        string year = unit.EmployeeBandYear is int y ? " (" + y.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty;
        if (maximum == 0)
        {
            return t.T("aucun salarié", "no employees") + year;
        }

        string min = Prose.Number(minimum, t.Language);
        return maximum is int max
            ? t.T(min + " à " + Prose.Number(max, t.Language) + " salariés", min + " to " + Prose.Number(max, t.Language) + " employees") + year
            : t.T(min + " salariés ou plus", min + " employees or more") + year;
    }

    private static string Category(SireneLegalUnit unit) => unit.CompanyCategory is string category
        ? category + (unit.CompanyCategoryYear is int y ? " (" + y.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty)
        : string.Empty;

    private static void WriteProspect(Utf8JsonWriter w, SireneLegalUnit unit, SireneEstablishment headOffice, Outcome outcome, CompanyEligibilityDecision decision, Texts t)
    {
        w.WriteStartObject();
        w.WriteString("siren", unit.Siren);
        w.WriteString("name", unit.Name);
        w.WriteBoolean("partiallyDiffused", unit.IsPartiallyDiffused);
        w.WriteString("activity", unit.MainActivity);
        w.WriteString("activityNomenclature", unit.MainActivityNomenclature);
        w.WriteString("naf2025", unit.MainActivityNaf2025);
        if (unit.CreatedOn is LocalDate created)
        {
            w.WriteString("createdOn", created.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull("createdOn");
        }

        w.WriteString("headOfficeSiret", headOffice.Siret);
        w.WriteString("postalCode", headOffice.PostalCode);
        w.WriteString("municipalityCode", headOffice.MunicipalityCode);
        w.WriteString("departement", headOffice.Departement);
        w.WriteStartObject("employees");
        w.WriteString("band", unit.EmployeeBand);
        if (SireneEmployeeBands.TryGetInterval(unit.EmployeeBand, out int minimum, out int? maximum))
        {
            w.WriteNumber("minimum", minimum);
            if (maximum is int max)
            {
                w.WriteNumber("maximum", max);
            }
            else
            {
                w.WriteNull("maximum");
            }
        }

        if (unit.EmployeeBandYear is int year)
        {
            w.WriteNumber("year", year);
        }

        w.WriteEndObject();
        w.WriteString("companyCategory", unit.CompanyCategory);
        w.WriteString("outcomeAsideMembership", Name(outcome));
        w.WritePropertyName("decision");
        decision.WriteJson(w, t.Language);
        w.WriteEndObject();
    }

    private static List<string> Sorted(HashSet<string> values)
    {
        var list = new List<string>(values);
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    /// <summary>The départements of <c>--departements</c>: <c>01</c>–<c>95</c> (a single digit is read with its
    /// zero: <c>1</c> is <c>01</c>), <c>2A</c> and <c>2B</c> (not <c>20</c>), overseas <c>971</c>–<c>978</c>.</summary>
    internal static HashSet<string> ParseDepartements(string text)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string code = part.ToUpperInvariant();
            if (code.Length == 1)
            {
                code = "0" + code;
            }

            bool valid = code switch
            {
                "2A" or "2B" => true,
                { Length: 2 } => int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= 95 && n != 20,
                { Length: 3 } => int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 971 and <= 978,
                _ => false,
            };
            if (!valid)
            {
                throw new TableException(
                    "--departements : « " + part + " » n’est pas un département (01 à 95, 2A, 2B, 971 à 978).",
                    "--departements: '" + part + "' is not a département (01 to 95, 2A, 2B, 971 to 978).");
            }

            wanted.Add(code);
        }

        if (wanted.Count == 0)
        {
            throw new TableException("--departements : donnez au moins un département (42,69).", "--departements: give at least one département (42,69).");
        }

        return wanted;
    }

    /// <summary>What both commands share: the rules and the date, the clusters, the output.</summary>
    private sealed class Context
    {
        private string? _outputPath;

        public required ConsortiumRules Rules { get; init; }

        public required ConsortiumSnapshot Consortium { get; init; }

        public required IReadOnlyList<Cluster> Clusters { get; init; }

        public required bool ClustersGiven { get; init; }

        public required string Format { get; init; }

        public static Context Open(ParseResult result, DataCommands.DataOptions o, Texts t, string?[] inputs, string?[] outputs)
        {
            foreach (string? input in inputs)
            {
                if (input is not null && !File.Exists(input))
                {
                    throw new TableException("fichier introuvable : " + input, "file not found: " + input);
                }
            }

            // Every file read — the rule set and the clusters too — is protected from the outputs.
            string?[] read = [.. inputs, result.GetValue(o.Clusters), result.GetValue(o.RuleSet)];
            foreach (string? output in outputs)
            {
                if (output is null)
                {
                    continue;
                }

                string full = Path.GetFullPath(output);
                foreach (string? input in read)
                {
                    if (input is not null && string.Equals(full, Path.GetFullPath(input), StringComparison.Ordinal))
                    {
                        throw new TableException(
                            "« " + output + " » est un fichier d’entrée : clusters-tic n’écrit jamais sur ses entrées.",
                            "'" + output + "' is an input file: clusters-tic never writes over its inputs.");
                    }
                }
            }

            if (outputs[0] is not null && outputs.Length > 1 && outputs[1] is not null && string.Equals(Path.GetFullPath(outputs[0]!), Path.GetFullPath(outputs[1]!), StringComparison.Ordinal))
            {
                throw new TableException("-o et --updated désignent le même fichier.", "-o and --updated name the same file.");
            }

            string format = result.GetValue(o.Format)!;
            string? outputPath = result.GetValue(o.Output);
            if (outputPath is null && ResultWriter.IsBinary(format) && !Console.IsOutputRedirected)
            {
                throw new TableException(
                    "le format " + format + " s’écrit dans un fichier : ajoutez -o fichier." + format + ".",
                    "the " + format + " format is written to a file: add -o file." + format + ".");
            }

            LocalDate? asOf = DataCommands.ParseDate(result.GetValue(o.AsOf), t);
            RuleSet? pinned = null;
            if (result.GetValue(o.RuleSet) is string ruleSetName)
            {
                (pinned, _) = RulesetsCommand.OpenAsync(ruleSetName, t, default, problemsTo: Console.Error).GetAwaiter().GetResult();
                if (pinned is null)
                {
                    throw new DataCommands.UsageFailure();
                }
            }

            var rules = pinned is null ? new ConsortiumRules(RuleSetCatalog.Embedded, SystemClock.Instance) : new ConsortiumRules(pinned, SystemClock.Instance);
            LocalDate date = asOf ?? rules.Today;
            string? clustersFile = result.GetValue(o.Clusters);
            IReadOnlyList<Cluster> clusters = clustersFile is null ? ConsortiumFounders.All : DataCommands.LoadDataSet(clustersFile, t)?.Clusters ?? throw new DataCommands.UsageFailure();
            return new Context
            {
                Rules = rules,
                Consortium = rules.Snapshot(clusters, date),
                Clusters = clusters,
                ClustersGiven = clustersFile is not null,
                Format = format,
                _outputPath = outputPath,
            };
        }

        public Stream OpenOutput() => _outputPath is null
            ? Console.OpenStandardOutput()
            : new FileStream(_outputPath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
    }

    /// <summary>The members of a data set (no lines) or of a table (with their lines).</summary>
    private sealed class MemberList
    {
        private int _partial = -1;

        public required List<(int? Line, Company Company)> Members { get; init; }

        /// <summary>The data set read, when the members come from one (its other records go into --updated).</summary>
        public DataSet? DataSet { get; init; }

        public int ExitCode(int decided) => _partial >= 0 && decided != ExitCodes.Usage ? _partial : decided;

        /// <summary>Reads the members; <paramref name="decides"/>: whether their decisions are shown (verify), so that a
        /// table without --clusters gets the note that CO-3 stays unknown.</summary>
        public static MemberList Load(string path, ParseResult result, DataCommands.DataOptions o, Context context, Texts t, bool decides)
        {
            string extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension == ".json")
            {
                DataSet dataSet = DataCommands.LoadDataSet(path, t) ?? throw new DataCommands.UsageFailure();
                var list = new List<(int?, Company)>(dataSet.Companies.Count);
                foreach (Company company in dataSet.Companies)
                {
                    list.Add((null, company));
                }

                return new MemberList { Members = list, DataSet = context.ClustersGiven ? new DataSet(context.Clusters, dataSet.Companies, dataSet.Assessments, dataSet.Signatures) : dataSet };
            }

            if (extension is not (".csv" or ".txt" or ".xlsx"))
            {
                throw new TableException(
                    "« " + path + " » : extension inconnue ; donnez un jeu de données .json, un .csv ou un .xlsx.",
                    "'" + path + "': unknown extension; give a .json data set, a .csv or an .xlsx.");
            }

            using var input = new CompanyInput(path, extension == ".xlsx", result.GetValue(o.Encoding)!, result.GetValue(o.Map) ?? [], context.Clusters, clustersGiven: context.ClustersGiven || !decides, t);
            var rows = new List<(int?, Company)>();
            foreach ((int line, Company company) in input.Companies())
            {
                rows.Add((line, company));
            }

            var members = new MemberList { Members = rows };
            int partial = input.ExitCode(ExitCodes.Valid);
            members._partial = partial == ExitCodes.Partial ? ExitCodes.Partial : -1;
            return members;
        }
    }

    /// <summary>A stock file scanned: its unreadable rows said on stderr with their lines, the progress line drawn
    /// (bytes read of the file's total, rows per second) when stderr is a terminal.</summary>
    private sealed class Scan(Texts t)
    {
        public int Unreadable { get; private set; }

        public IEnumerable<T> Read<T>(SireneStockReader<T> reader)
            where T : class
        {
            using (reader)
            {
                using var progress = new Progress(() => reader.Position, reader.Length, t, bytes: true);
                foreach (T record in reader.Records(problem =>
                {
                    Unreadable++;
                    Console.Error.WriteLine(problem.GetMessage(t.Language));
                }))
                {
                    progress.Tick();
                    yield return record;
                }
            }
        }

        public int ExitCode(int decided)
        {
            if (Unreadable == 0)
            {
                return decided;
            }

            string n = Prose.Number(Unreadable, t.Language);
            Console.Error.WriteLine(Unreadable == 1
                ? t.T("Une ligne du répertoire illisible, laissée de côté.", "One unreadable register row, left out.")
                : t.T(n + " lignes du répertoire illisibles, laissées de côté.", n + " unreadable register rows, left out."));
            return ExitCodes.Partial;
        }
    }
}
