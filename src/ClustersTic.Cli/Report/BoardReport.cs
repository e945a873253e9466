using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Decisions;
using ClustersTic.Organisations;
using ClustersTic.RuleSets;
using ClustersTic.Signatures;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.Cli.Report;

/// <summary>The board report (<c>clusters-tic report</c>): one self-contained HTML file — no script, no external
/// resource — with the counts per outcome and level, the score distribution as an inline SVG chart and its data
/// table, the per-category averages, the signatures due in the next 60 days, what each company lacks for the next
/// level, and the rule set's id and fingerprint. Accessible: one <c>h1</c> and ordered headings, captions and
/// header cells on every table, a text alternative for the chart, contrast of at least 7:1 for text. The same
/// input gives the same bytes (no timestamp).</summary>
internal sealed class BoardReport
{
    /// <summary>The window of the "due soon" section, in days.</summary>
    public const int DueWindowDays = 60;

    private readonly Texts _t;
    private readonly StringBuilder _html = new();

    private BoardReport(Texts texts) => _t = texts;

    public static string Render(BoardReportData data, Texts texts) => new BoardReport(texts).Build(data);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private string Build(BoardReportData d)
    {
        string title = _t.T("Rapport au conseil d’administration", "Board report");
        Line("<!DOCTYPE html>");
        Line("<html lang=\"" + (_t.English ? "en" : "fr") + "\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line("<title>" + E(title + " — ClustersTic — " + Prose.Date(d.AsOf, _t.Language)) + "</title>");
        Line("<style>");
        Line("body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;color:#1a1a1a;background:#fff;margin:0 auto;max-width:60rem;padding:1.5rem;line-height:1.5}");
        Line("h1{font-size:1.8rem;margin:0 0 .5rem}h2{font-size:1.35rem;margin:2rem 0 .5rem;border-bottom:2px solid #1f4e79}");
        Line("table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}caption{text-align:left;font-weight:600;padding:.25rem 0}");
        Line("th,td{border:1px solid #767676;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#e8eef5}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}");
        Line("code{font-family:ui-monospace,monospace;word-break:break-all}figure{margin:1rem 0}figcaption{font-weight:600}svg{max-width:100%;height:auto}");
        Line(".meta{color:#333}.empty{font-style:italic}");
        Line("</style>");
        Line("</head>");
        Line("<body>");
        Line("<header>");
        Line("<h1>" + E(title) + "</h1>");
        Line("<p class=\"meta\">" + E(_t.T("Consortium ClustersTic, situation au ", "ClustersTic consortium, as of ") + Prose.Date(d.AsOf, _t.Language) + ". "
            + _t.T("Jeu de règles ", "Rule set ") + d.RuleSet.Id + " (" + d.RuleSet.Version + ")" + _t.T(", empreinte ", ", fingerprint ")) + "<code>" + E(d.RuleSet.Fingerprint) + "</code>.</p>");
        Line("</header>");
        Line("<main>");
        Companies(d);
        Clusters(d);
        Scores(d);
        DueSoon(d);
        NextLevels(d);
        Line("</main>");
        Line("<footer><p class=\"meta\">" + E(_t.T("Établi par clusters-tic avec la bibliothèque ClustersTic : les mêmes décisions, avec les mêmes raisons, que les outils des clusters.", "Produced by clusters-tic with the ClustersTic library: the same decisions, with the same reasons, as the clusters' tools.")) + "</p></footer>");
        Line("</body>");
        Line("</html>");
        return _html.ToString();
    }

    private void Companies(BoardReportData d)
    {
        Line("<section aria-labelledby=\"companies\">");
        Line("<h2 id=\"companies\">" + E(_t.T("Entreprises", "Companies")) + "</h2>");
        if (d.Companies.Count == 0)
        {
            Empty(_t.T("Aucune entreprise dans l’entrée.", "No company in the input."));
        }
        else
        {
            var byOutcome = new Dictionary<Outcome, int>();
            foreach (CompanyEligibilityDecision company in d.Companies)
            {
                byOutcome[company.Outcome] = byOutcome.GetValueOrDefault(company.Outcome) + 1;
            }

            CountTable(_t.T("Entreprises par résultat d’éligibilité", "Companies by eligibility outcome"), _t.T("Résultat", "Outcome"), Enum.GetValues<Outcome>(), o => Labels.Get(o, _t.Language), byOutcome, d.Companies.Count);
        }

        Line("</section>");
    }

    private void Clusters(BoardReportData d)
    {
        if (d.Clusters.Count == 0)
        {
            return;
        }

        Line("<section aria-labelledby=\"clusters\">");
        Line("<h2 id=\"clusters\">" + E(_t.T("Clusters", "Clusters")) + "</h2>");
        var byOutcome = new Dictionary<Outcome, int>();
        foreach (ClusterAdmissionDecision cluster in d.Clusters)
        {
            byOutcome[cluster.Outcome] = byOutcome.GetValueOrDefault(cluster.Outcome) + 1;
        }

        CountTable(_t.T("Clusters par résultat d’admission", "Clusters by admission outcome"), _t.T("Résultat", "Outcome"), Enum.GetValues<Outcome>(), o => Labels.Get(o, _t.Language), byOutcome, d.Clusters.Count);
        Line("</section>");
    }

    private void Scores(BoardReportData d)
    {
        Line("<section aria-labelledby=\"assessments\">");
        Line("<h2 id=\"assessments\">" + E(_t.T("Évaluations de la charte", "Charter assessments")) + "</h2>");
        if (d.Assessments.Count == 0)
        {
            Empty(_t.T("Aucune évaluation dans l’entrée.", "No assessment in the input."));
            Line("</section>");
            return;
        }

        int evaluated = d.Assessments.Count;
        Line("<p>" + E(evaluated == 1
            ? _t.T("Une entreprise évaluée ; les chiffres portent sur sa plus récente évaluation.", "One company assessed; the figures are for its most recent assessment.")
            : _t.T(Prose.Number(evaluated, _t.Language) + " entreprises évaluées ; les chiffres portent sur la plus récente évaluation de chacune.", Prose.Number(evaluated, _t.Language) + " companies assessed; the figures are for each one's most recent assessment.")) + "</p>");
        var byLevel = new Dictionary<CharterLevel, int>();
        foreach (AssessmentResult assessment in d.Assessments)
        {
            byLevel[assessment.Level] = byLevel.GetValueOrDefault(assessment.Level) + 1;
        }

        CharterLevel[] levels = Enum.GetValues<CharterLevel>();
        Array.Reverse(levels);
        CountTable(_t.T("Évaluations par niveau", "Assessments by level"), _t.T("Niveau", "Level"), levels, l => Labels.Get(l, _t.Language), byLevel, d.Assessments.Count);

        // The score distribution: ten bins of ten points (the last one includes 100), and the scores that cannot be computed.
        int[] bins = new int[10];
        int notComputable = 0;
        foreach (AssessmentResult assessment in d.Assessments)
        {
            if (assessment.Score is decimal score)
            {
                bins[Math.Min(9, (int)(score / 10))]++;
            }
            else
            {
                notComputable++;
            }
        }

        Line("<h3>" + E(_t.T("Répartition des scores", "Score distribution")) + "</h3>");
        Chart(bins);
        var rows = new List<string[]>();
        for (int i = 0; i < bins.Length; i++)
        {
            rows.Add([BinLabel(i), Prose.Number(bins[i], _t.Language)]);
        }

        if (notComputable > 0)
        {
            rows.Add([_t.T("non calculable", "not computable"), Prose.Number(notComputable, _t.Language)]);
        }

        Table(_t.T("Répartition des scores (les données du graphique)", "Score distribution (the chart's data)"), [_t.T("Score", "Score"), _t.T("Évaluations", "Assessments")], rows, numericFrom: 1);

        Line("<h3>" + E(_t.T("Moyenne par catégorie", "Average per category")) + "</h3>");
        var categoryRows = new List<string[]>();
        foreach (CharterCategory category in d.RuleSet.Charter.Categories)
        {
            decimal total = 0;
            int count = 0;
            foreach (AssessmentResult assessment in d.Assessments)
            {
                foreach (CategoryScore score in assessment.Categories)
                {
                    if (score.CategoryId == category.Id && score.Score is decimal s)
                    {
                        total += s;
                        count++;
                    }
                }
            }

            categoryRows.Add([
                category.Title.In(_t.Language),
                count == 0 ? "—" : Prose.OneDecimal(total / count, _t.Language),
                Prose.OneDecimal(d.RuleSet.Scoring.ConfirmedMinimumCategoryScore, _t.Language),
                Prose.Number(count, _t.Language),
            ]);
        }

        Table(
            _t.T("Score moyen par catégorie de la charte, sur 100", "Average score per charter category, out of 100"),
            [_t.T("Catégorie", "Category"), _t.T("Score moyen", "Average score"), _t.T("Minimum pour le niveau Confirmé", "Minimum for the Confirmed level"), _t.T("Évaluations", "Assessments")],
            categoryRows,
            numericFrom: 1);
        Line("</section>");
    }

    private void DueSoon(BoardReportData d)
    {
        LocalDate end = d.AsOf.PlusDays(DueWindowDays);
        Line("<section aria-labelledby=\"due\">");
        Line("<h2 id=\"due\">" + E(_t.T("Échéances des " + DueWindowDays.ToString(CultureInfo.InvariantCulture) + " prochains jours", "Due in the next " + DueWindowDays.ToString(CultureInfo.InvariantCulture) + " days")) + "</h2>");
        var rows = new List<string[]>();
        var due = new List<SignatureDecision>();
        foreach (SignatureDecision signature in d.Signatures)
        {
            if (signature.NextDueDate is LocalDate date && date >= d.AsOf && date <= end)
            {
                due.Add(signature);
            }
        }

        due.Sort((x, y) => x.NextDueDate!.Value.CompareTo(y.NextDueDate!.Value) != 0 ? x.NextDueDate!.Value.CompareTo(y.NextDueDate!.Value) : string.CompareOrdinal(x.Subject, y.Subject));
        foreach (SignatureDecision signature in due)
        {
            rows.Add([
                Prose.Date(signature.NextDueDate!.Value, _t.Language),
                signature.NextDueKind is DueKind kind ? Labels.Get(kind, _t.Language) : string.Empty,
                signature.Subject,
                d.NameOf(signature.Subject),
                Labels.Get(signature.Status, _t.Language),
            ]);
        }

        if (rows.Count == 0)
        {
            Empty(_t.T("Aucune revue ni aucun renouvellement ne tombe d’ici le ", "No review or renewal falls due by ") + Prose.Date(end, _t.Language) + ".");
        }
        else
        {
            Table(
                _t.T("Signatures dont une échéance (revue, non-conformité, renouvellement) tombe d’ici le ", "Signatures with a review, non-conformity or renewal due by ") + Prose.Date(end, _t.Language),
                [_t.T("Échéance", "Due date"), _t.T("Nature", "Kind"), "SIREN", _t.T("Entreprise", "Company"), _t.T("Statut", "Status")],
                rows,
                numericFrom: int.MaxValue);
        }

        Line("</section>");
    }

    private void NextLevels(BoardReportData d)
    {
        Line("<section aria-labelledby=\"next\">");
        Line("<h2 id=\"next\">" + E(_t.T("Ce qui manque pour le niveau suivant", "What each company lacks for the next level")) + "</h2>");
        var rows = new List<string[]>();
        foreach (AssessmentResult assessment in d.Assessments)
        {
            if (assessment.NextLevel is LevelGap gap)
            {
                rows.Add([
                    assessment.Subject,
                    d.NameOf(assessment.Subject),
                    Labels.Get(assessment.Level, _t.Language),
                    assessment.Score is decimal s ? Prose.OneDecimal(s, _t.Language) : "—",
                    gap.Describe(_t.Language),
                ]);
            }
        }

        if (rows.Count == 0)
        {
            Empty(_t.T("Aucune évaluation n’a de niveau suivant à atteindre.", "No assessment has a next level to reach."));
        }
        else
        {
            Table(
                _t.T("Le niveau suivant de chaque entreprise et ce qu’il demande", "Each company's next level and what it takes"),
                ["SIREN", _t.T("Entreprise", "Company"), _t.T("Niveau", "Level"), _t.T("Score", "Score"), _t.T("Pour le niveau suivant", "For the next level")],
                rows,
                numericFrom: int.MaxValue);
        }

        Line("</section>");
    }

    /// <summary>An inline SVG bar chart of the ten bins, with its title and a description that says every bar (the
    /// data table that follows says the same).</summary>
    private void Chart(int[] bins)
    {
        const int Width = 640;
        const int Height = 260;
        const int Left = 40;
        const int Bottom = 40;
        const int Top = 20;
        int max = 1;
        foreach (int bin in bins)
        {
            max = Math.Max(max, bin);
        }

        double barWidth = (Width - Left - 10) / (double)bins.Length;
        var description = new StringBuilder();
        for (int i = 0; i < bins.Length; i++)
        {
            description.Append(i == 0 ? string.Empty : _t.T(" ; ", "; ")).Append(BinLabel(i)).Append(_t.Colon).Append(Prose.Number(bins[i], _t.Language));
        }

        string caption = _t.T("Nombre d’évaluations par tranche de score (sur 100)", "Number of assessments per score band (out of 100)");
        Line("<figure>");
        Line("<figcaption id=\"chart-title\">" + E(caption) + "</figcaption>");
        Line(FormattableString.Invariant($"<svg role=\"img\" aria-labelledby=\"chart-title chart-desc\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        Line("<desc id=\"chart-desc\">" + E(description.ToString()) + "</desc>");
        Line(FormattableString.Invariant($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - 5}\" y2=\"{Height - Bottom}\" stroke=\"#1a1a1a\"/>"));
        for (int i = 0; i < bins.Length; i++)
        {
            double h = (Height - Bottom - Top) * bins[i] / (double)max;
            double x = Left + (i * barWidth) + 4;
            double y = Height - Bottom - h;
            Line(FormattableString.Invariant($"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{barWidth - 8:0.#}\" height=\"{h:0.#}\" fill=\"#1f4e79\"/>"));
            Line(FormattableString.Invariant($"<text x=\"{x + ((barWidth - 8) / 2):0.#}\" y=\"{y - 4:0.#}\" font-size=\"13\" text-anchor=\"middle\" fill=\"#1a1a1a\">{bins[i]}</text>"));
            Line(FormattableString.Invariant($"<text x=\"{x + ((barWidth - 8) / 2):0.#}\" y=\"{Height - Bottom + 18}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1a1a1a\">{i * 10}</text>"));
        }

        Line(FormattableString.Invariant($"<text x=\"{Width - 5}\" y=\"{Height - 4}\" font-size=\"12\" text-anchor=\"end\" fill=\"#1a1a1a\">") + E(_t.T("score (début de tranche)", "score (band start)")) + "</text>");
        Line("</svg>");
        Line("</figure>");
    }

    /// <summary><c>0 à 9,9</c>, …, <c>90 à 100</c>.</summary>
    private string BinLabel(int i) => i == 9
        ? _t.T("90 à 100", "90 to 100")
        : Prose.Number(i * 10, _t.Language) + _t.T(" à ", " to ") + Prose.OneDecimal((i * 10) + 9.9m, _t.Language);

    private void CountTable<T>(string caption, string header, IEnumerable<T> keys, Func<T, string> label, Dictionary<T, int> counts, int total)
        where T : notnull
    {
        var rows = new List<string[]>();
        foreach (T key in keys)
        {
            int count = counts.GetValueOrDefault(key);
            rows.Add([label(key), Prose.Number(count, _t.Language), Prose.Percent(total == 0 ? 0 : count * 100m / total, _t.Language)]);
        }

        rows.Add([_t.T("Total", "Total"), Prose.Number(total, _t.Language), Prose.Percent(100, _t.Language)]);
        Table(caption, [header, _t.T("Nombre", "Count"), _t.T("Part", "Share")], rows, numericFrom: 1);
    }

    private void Table(string caption, string[] headers, List<string[]> rows, int numericFrom)
    {
        Line("<table>");
        Line("<caption>" + E(caption) + "</caption>");
        var head = new StringBuilder("<thead><tr>");
        for (int i = 0; i < headers.Length; i++)
        {
            head.Append("<th scope=\"col\"").Append(i >= numericFrom ? " class=\"n\"" : string.Empty).Append('>').Append(E(headers[i])).Append("</th>");
        }

        Line(head.Append("</tr></thead>").ToString());
        Line("<tbody>");
        foreach (string[] row in rows)
        {
            var line = new StringBuilder("<tr>");
            for (int i = 0; i < row.Length; i++)
            {
                string tag = i == 0 ? "th scope=\"row\"" : "td";
                string close = i == 0 ? "th" : "td";
                line.Append('<').Append(tag).Append(i >= numericFrom ? " class=\"n\"" : string.Empty).Append('>').Append(E(row[i])).Append("</").Append(close).Append('>');
            }

            Line(line.Append("</tr>").ToString());
        }

        Line("</tbody>");
        Line("</table>");
    }

    private void Empty(string text) => Line("<p class=\"empty\">" + E(text) + "</p>");

    private void Line(string text) => _html.Append(text).Append('\n');
}

/// <summary>What the board report shows: the decisions of one evaluation, as of one date, under one rule set.</summary>
internal sealed class BoardReportData(LocalDate asOf, RuleSet ruleSet, IReadOnlyList<CompanyEligibilityDecision> companies, IReadOnlyList<ClusterAdmissionDecision> clusters, IReadOnlyList<AssessmentResult> assessments, IReadOnlyList<SignatureDecision> signatures, IReadOnlyDictionary<string, string> names)
{
    public LocalDate AsOf { get; } = asOf;

    public RuleSet RuleSet { get; } = ruleSet;

    public IReadOnlyList<CompanyEligibilityDecision> Companies { get; } = companies;

    public IReadOnlyList<ClusterAdmissionDecision> Clusters { get; } = clusters;

    /// <summary>Each company's most recent assessment, in input order.</summary>
    public IReadOnlyList<AssessmentResult> Assessments { get; } = Latest(assessments);

    public IReadOnlyList<SignatureDecision> Signatures { get; } = signatures;

    public string NameOf(string subject) => names.TryGetValue(subject, out string? name) ? name : string.Empty;

    private static List<AssessmentResult> Latest(IReadOnlyList<AssessmentResult> assessments)
    {
        var latest = new Dictionary<string, AssessmentResult>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (AssessmentResult assessment in assessments)
        {
            if (!latest.TryGetValue(assessment.Subject, out AssessmentResult? seen))
            {
                order.Add(assessment.Subject);
                latest[assessment.Subject] = assessment;
            }
            else if (assessment.AsOf >= seen.AsOf)
            {
                latest[assessment.Subject] = assessment;
            }
        }

        return order.ConvertAll(subject => latest[subject]);
    }
}
