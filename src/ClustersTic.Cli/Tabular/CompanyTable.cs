using System;
using System.Collections.Generic;
using System.Globalization;
using ClustersTic.Companies;
using NodaTime;

namespace ClustersTic.Cli.Tabular;

/// <summary>A problem with one row of a company table: the row is left out and the rest is read.</summary>
internal sealed record RowProblem(int Line, IReadOnlyList<(string French, string English)> Reasons)
{
    public string Describe(Texts texts)
    {
        var parts = new string[Reasons.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = texts.T(Reasons[i].French, Reasons[i].English);
        }

        return texts.Line(Line) + texts.Colon + string.Join(texts.T(" ; ", "; "), parts);
    }
}

/// <summary>One row of a company table, read: the company, or why it could not be.</summary>
internal readonly record struct CompanyRow(int Line, Company? Company, RowProblem? Problem);

/// <summary>Reads a company table (README, "Tabular input"): which column holds which field, from the headers
/// (French or English, case- and accent-insensitive) and <c>--map column=field</c>; then each row into a
/// <see cref="Company"/>, as given — the rules, not the reader, say what is wrong with a SIREN or a NAF code.</summary>
internal sealed class CompanyTable
{
    private readonly int[] _columns;
    private readonly string[] _headers;

    private CompanyTable(int[] columns, string[] headers, IReadOnlyList<string> ignored)
    {
        _columns = columns;
        _headers = headers;
        Ignored = ignored;
    }

    /// <summary>The headers no field reads (said on stderr, so that nothing is dropped silently).</summary>
    public IReadOnlyList<string> Ignored { get; }

    /// <summary>Maps the header. Throws <see cref="TableException"/> when a column is named twice, a mapping names
    /// no column or no field, or the identifier or name column is missing.</summary>
    public static CompanyTable Map(IReadOnlyList<string> header, IReadOnlyList<string> mappings)
    {
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string mapping in mappings)
        {
            int eq = mapping.LastIndexOf('=');
            if (eq <= 0 || eq == mapping.Length - 1)
            {
                throw new TableException(
                    "--map attend colonne=champ, par exemple --map \"Raison sociale=name\" (reçu « " + mapping + " »).",
                    "--map expects column=field, for example --map \"Company name=name\" (got '" + mapping + "').");
            }

            string field = mapping[(eq + 1)..].Trim();
            if (!CompanyFields.TryGet(field, out _))
            {
                throw new TableException(
                    "--map : « " + field + " » n'est pas un champ. Champs : " + string.Join(", ", CompanyFields.CanonicalNames()) + ".",
                    "--map: '" + field + "' is not a field. Fields: " + string.Join(", ", CompanyFields.CanonicalNames()) + ".");
            }

            overrides[CompanyFields.Normalize(mapping[..eq])] = field;
        }

        int fieldCount = Enum.GetValues<CompanyField>().Length;
        var columns = new int[fieldCount];
        Array.Fill(columns, -1);
        var headers = new string[fieldCount];
        var ignored = new List<string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < header.Count; i++)
        {
            string key = CompanyFields.Normalize(header[i]);
            used.Add(key);
            string name = overrides.TryGetValue(key, out string? mapped) ? mapped : header[i];
            if (!CompanyFields.TryGet(name, out CompanyField field))
            {
                if (header[i].Trim().Length > 0)
                {
                    ignored.Add(header[i].Trim());
                }

                continue;
            }

            if (columns[(int)field] >= 0)
            {
                throw new TableException(
                    "les colonnes « " + headers[(int)field] + " » et « " + header[i] + " » donnent toutes deux le champ " + CompanyFields.Name(field) + " : gardez-en une, ou renommez l'autre avec --map.",
                    "columns '" + headers[(int)field] + "' and '" + header[i] + "' both give the field " + CompanyFields.Name(field) + ": keep one, or rename the other with --map.");
            }

            columns[(int)field] = i;
            headers[(int)field] = header[i];
        }

        foreach (string key in overrides.Keys)
        {
            if (!used.Contains(key))
            {
                throw new TableException("--map : aucune colonne « " + key + " » dans l'en-tête.", "--map: no column '" + key + "' in the header.");
            }
        }

        if (columns[(int)CompanyField.Siren] < 0 && columns[(int)CompanyField.Siret] < 0 && columns[(int)CompanyField.SirenOrSiret] < 0)
        {
            throw new TableException(
                "il manque la colonne de l'identifiant : siren, siret ou siren/siret (ou --map).",
                "the identifier column is missing: siren, siret or siren/siret (or --map).");
        }

        if (columns[(int)CompanyField.Name] < 0)
        {
            throw new TableException("il manque la colonne du nom : nom ou name (ou --map).", "the name column is missing: nom or name (or --map).");
        }

        return new CompanyTable(columns, headers, ignored);
    }

    /// <summary>Reads one row. Never throws: what cannot be read is the row's problem.</summary>
    public CompanyRow Read(TableRow row, bool fromWorkbook, ClusterNames clusters)
    {
        var reasons = new List<(string French, string English)>();
        if (row.ExtraCells > 0)
        {
            string n = row.ExtraCells.ToString(CultureInfo.InvariantCulture);
            reasons.Add(row.ExtraCells == 1
                ? ("une cellule au-delà de la dernière colonne de l'en-tête (un séparateur dans une valeur sans guillemets ?)", "a cell beyond the header's last column (a separator inside an unquoted value?)")
                : (n + " cellules au-delà de la dernière colonne de l'en-tête (un séparateur dans une valeur sans guillemets ?)", n + " cells beyond the header's last column (a separator inside an unquoted value?)"));
        }

        string? name = Cell(row, CompanyField.Name);
        if (string.IsNullOrWhiteSpace(name))
        {
            reasons.Add(("le nom est vide", "the name is empty"));
        }

        AdministrativeState? state = Read(row, CompanyField.State, reasons, (string? c, out AdministrativeState? v, out (string, string) r) => CellReaders.TryState(c, out v, out r));
        LocalDate? created = Date(row, CompanyField.CreatedOn, fromWorkbook, reasons);
        LocalDate? ceased = Date(row, CompanyField.CeasedOn, fromWorkbook, reasons);
        int? year = Read(row, CompanyField.Year, reasons, (string? c, out int? v, out (string, string) r) => CellReaders.TryYear(c, out v, out r));
        decimal? headcount = Number(row, CompanyField.Headcount, reasons);
        decimal? turnover = Number(row, CompanyField.Turnover, reasons);
        decimal? balance = Number(row, CompanyField.BalanceSheet, reasons);
        decimal? headcountBefore = Number(row, CompanyField.HeadcountPrevious, reasons);
        decimal? turnoverBefore = Number(row, CompanyField.TurnoverPrevious, reasons);
        decimal? balanceBefore = Number(row, CompanyField.BalanceSheetPrevious, reasons);
        string? cluster = Cell(row, CompanyField.Cluster);
        LocalDate? from = Date(row, CompanyField.MembershipFrom, fromWorkbook, reasons);
        LocalDate? to = Date(row, CompanyField.MembershipTo, fromWorkbook, reasons);

        bool figures = headcount is not null || turnover is not null || balance is not null;
        bool figuresBefore = headcountBefore is not null || turnoverBefore is not null || balanceBefore is not null;
        if (year is null && (figures || figuresBefore))
        {
            reasons.Add(("des chiffres sans exercice : l'année de clôture (exercice) dit de quelle année ils sont", "figures without a year: the closing year (year) says which year they are for"));
        }

        if (string.IsNullOrWhiteSpace(cluster))
        {
            if (from is not null || to is not null)
            {
                reasons.Add(("des dates d'adhésion sans cluster", "membership dates without a cluster"));
            }
        }
        else if (from is null)
        {
            reasons.Add(("le cluster « " + cluster.Trim() + " » sans date de début d'adhésion (adhesion_debut)", "the cluster '" + cluster.Trim() + "' without a membership start date (membership_from)"));
        }
        else if (to < from)
        {
            reasons.Add(("l'adhésion finit avant de commencer", "the membership ends before it starts"));
        }

        if (reasons.Count > 0)
        {
            return new CompanyRow(row.Line, null, new RowProblem(row.Line, reasons));
        }

        var closedYears = new List<ClosedYearFigures>(2);
        if (year is int y)
        {
            if (figuresBefore)
            {
                closedYears.Add(new ClosedYearFigures(y - 1, headcountBefore, turnoverBefore, balanceBefore));
            }

            closedYears.Add(new ClosedYearFigures(y, headcount, turnover, balance));
        }

        var company = new Company
        {
            Name = name!.Trim(),
            State = state,
            CreatedOn = created,
            CeasedOn = ceased,
            ClosedYears = closedYears,
            Memberships = string.IsNullOrWhiteSpace(cluster) ? null : [new ClusterMembership(clusters.Resolve(cluster), from!.Value, to)],
            NafRev2 = Blank(Cell(row, CompanyField.NafRev2)),
            Naf2025 = Blank(Cell(row, CompanyField.Naf2025)),
        };

        string? naf = Cell(row, CompanyField.Naf);
        company = company.WithNaf(naf);
        if (_columns[(int)CompanyField.SirenOrSiret] >= 0 && !string.IsNullOrWhiteSpace(Cell(row, CompanyField.SirenOrSiret)))
        {
            company = company.WithSirenOrSiret(Cell(row, CompanyField.SirenOrSiret));
        }
        else
        {
            string? siren = Blank(Cell(row, CompanyField.Siren));
            string? siret = Blank(Cell(row, CompanyField.Siret));
            company = siren is null && siret is not null ? company.WithSirenOrSiret(siret) : company with { Siren = siren, Siret = siret };
        }

        return new CompanyRow(row.Line, company, null);
    }

    private delegate bool TryRead<T>(string? cell, out T value, out (string French, string English) reason);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private string? Cell(TableRow row, CompanyField field) => _columns[(int)field] is int i and >= 0 ? row.Cells[i] : null;

    private T? Read<T>(TableRow row, CompanyField field, List<(string French, string English)> reasons, TryRead<T?> read)
    {
        if (read(Cell(row, field), out T? value, out (string French, string English) reason))
        {
            return value;
        }

        string column = _headers[(int)field];
        reasons.Add(("colonne « " + column + " » : " + reason.French, "column '" + column + "': " + reason.English));
        return default;
    }

    private LocalDate? Date(TableRow row, CompanyField field, bool fromWorkbook, List<(string French, string English)> reasons) =>
        Read(row, field, reasons, (string? c, out LocalDate? v, out (string, string) r) => CellReaders.TryDate(c, fromWorkbook, out v, out r));

    private decimal? Number(TableRow row, CompanyField field, List<(string French, string English)> reasons)
    {
        decimal? value = Read(row, field, reasons, (string? c, out decimal? v, out (string, string) r) => CellReaders.TryNumber(c, out v, out r));
        if (value < 0)
        {
            string column = _headers[(int)field];
            reasons.Add(("colonne « " + column + " » : un chiffre négatif", "column '" + column + "': a negative figure"));
            return null;
        }

        return value;
    }
}
