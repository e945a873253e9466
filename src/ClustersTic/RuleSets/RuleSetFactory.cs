using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Documents;
using ClustersTic.Organisations;
using ClustersTic.Signatures;
using ClustersTic.Text;
using NodaTime;
using NodaTime.Text;

namespace ClustersTic.RuleSets;

/// <summary>
/// Checks the semantic rules of a rule set document and builds the immutable <see cref="RuleSet"/>. Every
/// problem is reported with its JSON path; the rule set is built only when there is none.
/// </summary>
internal static class RuleSetFactory
{
    private const int MaxIdLength = 64;

    /// <param name="d">The document.</param>
    /// <param name="p">Where problems are reported.</param>
    public static RuleSet? Build(RuleSetDocument d, ProblemCollector p)
    {
        string id = CheckId(d.Id, "$.id", p);
        CheckNonBlank(d.Version, "$.version", p);
        LocalizedText? title = Text(d.Title, "$.title", p);
        LocalDate effectiveFrom = Date(d.EffectiveFrom, "$.effectiveFrom", p);

        // CL-2, CL-3
        IReadOnlyList<OrganisationKind> kinds = EnumSet<OrganisationKind>(d.ClusterAdmission.AdmittedOrganisationKinds, "$.clusterAdmission.admittedOrganisationKinds", p);
        decimal share = d.ClusterAdmission.MinimumProviderShare;
        if (share < 0m || share > 1m)
        {
            p.Add("ruleset.share-range", "$.clusterAdmission.minimumProviderShare", $"La part minimale de prestataires doit être comprise entre 0 et 1 ; elle vaut {French(share)}.", $"The minimum provider share must be between 0 and 1; it is {Invariant(share)}.");
        }

        // CO-4, CO-5
        IReadOnlyList<string> rev2 = SectorList(d.CompanyEligibility.DigitalSector.Rev2, "$.companyEligibility.digitalSector.rev2", p);
        IReadOnlyList<string> naf2025 = SectorList(d.CompanyEligibility.DigitalSector.Naf2025, "$.companyEligibility.digitalSector.naf2025", p);
        LocalDate naf2025From = Date(d.CompanyEligibility.Naf2025ReferenceFrom, "$.companyEligibility.naf2025ReferenceFrom", p);
        IReadOnlyList<CompanySizeCategory> sizes = EnumSet<CompanySizeCategory>(d.CompanyEligibility.EligibleSizeCategories, "$.companyEligibility.eligibleSizeCategories", p);

        CharterDefinition? charter = BuildCharter(d.Charter, p);
        ScoringPolicy? scoring = BuildScoring(d.Scoring, p);
        LifecyclePolicy? lifecycle = BuildLifecycle(d.Lifecycle, p);

        if (p.HasProblems)
        {
            return null;
        }

        return new RuleSet(
            id,
            d.Version,
            title!,
            effectiveFrom,
            new ClusterAdmissionParameters(kinds, Normalize(share)),
            new CompanyEligibilityParameters(rev2, naf2025, naf2025From, sizes),
            charter!,
            scoring!,
            lifecycle!);
    }

    private static CharterDefinition? BuildCharter(CharterDocument d, ProblemCollector p)
    {
        string charterId = CheckId(d.Id, "$.charter.id", p);
        CheckNonBlank(d.Version, "$.charter.version", p);
        var categories = new List<CharterCategory>();
        var categoryIds = new HashSet<string>(StringComparer.Ordinal);
        if (d.Categories.Count == 0)
        {
            p.Add("ruleset.empty-list", "$.charter.categories", "La charte doit avoir au moins une catégorie.", "The charter must have at least one category.");
        }

        for (int i = 0; i < d.Categories.Count; i++)
        {
            CategoryDocument c = d.Categories[i];
            string path = "$.charter.categories[" + Invariant(i) + "]";
            string id = CheckId(c.Id, path + ".id", p);
            if (!categoryIds.Add(c.Id))
            {
                p.Add("ruleset.duplicate-id", path + ".id", $"L'identifiant de catégorie « {c.Id} » est utilisé plusieurs fois.", $"The category id '{c.Id}' is used more than once.");
            }

            LocalizedText? title = Text(c.Title, path + ".title", p);
            LocalizedText? description = Text(c.Description, path + ".description", p);
            if (title is not null && description is not null)
            {
                categories.Add(new CharterCategory(id, title, description));
            }
        }

        var criteria = new List<Criterion>();
        var criterionIds = new HashSet<string>(StringComparer.Ordinal);
        var categoriesWithMust = new HashSet<string>(StringComparer.Ordinal);
        if (d.Criteria.Count == 0)
        {
            p.Add("ruleset.empty-list", "$.charter.criteria", "La charte doit avoir au moins un critère.", "The charter must have at least one criterion.");
        }

        for (int i = 0; i < d.Criteria.Count; i++)
        {
            CriterionDocument c = d.Criteria[i];
            string path = "$.charter.criteria[" + Invariant(i) + "]";
            string id = CheckId(c.Id, path + ".id", p);
            if (!criterionIds.Add(c.Id))
            {
                p.Add("ruleset.duplicate-id", path + ".id", $"L'identifiant de critère « {c.Id} » est utilisé plusieurs fois.", $"The criterion id '{c.Id}' is used more than once.");
            }

            if (!categoryIds.Contains(c.Category))
            {
                p.Add("ruleset.unknown-category", path + ".category", $"Le critère « {c.Id} » est dans la catégorie « {c.Category} », que la charte ne définit pas.", $"The criterion '{c.Id}' is in the category '{c.Category}', which the charter does not define.");
            }

            RequirementLevel? level = EnumValue<RequirementLevel>(c.Level, path + ".level", p);
            if (level == RequirementLevel.Must)
            {
                categoriesWithMust.Add(c.Category);
            }

            if (c.Weight is < 1 or > 3)
            {
                p.Add("ruleset.weight-range", path + ".weight", $"Le poids de « {c.Id} » doit être 1, 2 ou 3 ; il vaut {Invariant(c.Weight)}.", $"The weight of '{c.Id}' must be 1, 2 or 3; it is {Invariant(c.Weight)}.");
            }

            LocalizedText? title = Text(c.Title, path + ".title", p);
            LocalizedText? text = Text(c.Text, path + ".text", p);
            if (level is not null && title is not null && text is not null)
            {
                criteria.Add(new Criterion(id, c.Category, level.Value, c.Weight, c.EvidenceRequired, c.NotApplicableAllowed, title, text));
            }
        }

        for (int i = 0; i < d.Categories.Count; i++)
        {
            if (!categoriesWithMust.Contains(d.Categories[i].Id))
            {
                p.Add("ruleset.category-without-must", "$.charter.categories[" + Invariant(i) + "]", $"La catégorie « {d.Categories[i].Id} » n'a aucun critère obligatoire ; chaque catégorie en demande au moins un.", $"The category '{d.Categories[i].Id}' has no MUST criterion; every category needs at least one.");
            }
        }

        return p.HasProblems ? null : new CharterDefinition(charterId, d.Version, categories, criteria);
    }

    private static ScoringPolicy? BuildScoring(ScoringDocument d, ProblemCollector p)
    {
        decimal confirmed = Threshold(d.Confirmed.MinimumScore, "$.scoring.confirmed.minimumScore", p);
        decimal category = Threshold(d.Confirmed.MinimumCategoryScore, "$.scoring.confirmed.minimumCategoryScore", p);
        decimal exemplary = Threshold(d.Exemplary.MinimumScore, "$.scoring.exemplary.minimumScore", p);
        if (exemplary <= confirmed)
        {
            p.Add("ruleset.threshold-order", "$.scoring.exemplary.minimumScore", $"Le seuil du niveau Exemplaire ({French(exemplary)}) doit être supérieur à celui du niveau Confirmé ({French(confirmed)}).", $"The Exemplary threshold ({Invariant(exemplary)}) must be above the Confirmed threshold ({Invariant(confirmed)}).");
        }

        IReadOnlyList<AssessmentKind> kinds = EnumSet<AssessmentKind>(d.Exemplary.AssessmentKinds, "$.scoring.exemplary.assessmentKinds", p);
        return new ScoringPolicy(Normalize(confirmed), Normalize(category), Normalize(exemplary), kinds);
    }

    private static LifecyclePolicy BuildLifecycle(LifecycleDocument d, ProblemCollector p) => new(
        PositivePeriod(d.Validity, "$.lifecycle.validity", p),
        PositivePeriod(d.ReviewWindowBefore, "$.lifecycle.reviewWindowBefore", p),
        PositivePeriod(d.ReviewWindowAfter, "$.lifecycle.reviewWindowAfter", p),
        PositivePeriod(d.MinorNonConformityDeadline, "$.lifecycle.minorNonConformityDeadline", p),
        PositivePeriod(d.MajorNonConformityDeadline, "$.lifecycle.majorNonConformityDeadline", p),
        PositivePeriod(d.RenewalWindow, "$.lifecycle.renewalWindow", p));

    private static decimal Threshold(decimal value, string path, ProblemCollector p)
    {
        if (value < 0m || value > 100m)
        {
            p.Add("ruleset.threshold-range", path, $"Le seuil doit être compris entre 0 et 100 ; il vaut {French(value)}.", $"The threshold must be between 0 and 100; it is {Invariant(value)}.");
        }
        else if (decimal.Round(value, 1) != value)
        {
            p.Add("ruleset.threshold-precision", path, $"Le seuil doit avoir au plus une décimale, comme les scores publiés ; il vaut {French(value)}.", $"The threshold must have at most one decimal, as published scores do; it is {Invariant(value)}.");
        }

        return value;
    }

    private static Period PositivePeriod(string text, string path, ProblemCollector p)
    {
        if (!TryParseDatePeriod(text, out Period period))
        {
            ParseResult<Period> result = PeriodPattern.NormalizingIso.Parse(text);
            if (!result.Success)
            {
                p.Add("ruleset.period-format", path, $"« {Shorten(text)} » n'est pas une durée ISO 8601 comme P3Y ou P6M.", $"'{Shorten(text)}' is not an ISO-8601 period such as P3Y or P6M.");
                return Period.Zero;
            }

            period = result.Value;
        }

        bool dateOnly = !period.HasTimeComponent;
        bool nonNegative = period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0;
        if (!dateOnly || !nonNegative || period.Equals(Period.Zero))
        {
            p.Add("ruleset.period-positive", path, $"« {Shorten(text)} » doit être une durée positive en années, mois, semaines ou jours.", $"'{Shorten(text)}' must be a positive period of years, months, weeks or days.");
        }

        return period;
    }

    /// <summary>
    /// The usual form, <c>P</c> then up to four of <c>nY</c>, <c>nM</c>, <c>nW</c>, <c>nD</c> in that order
    /// (ASCII digits, at most nine each), read directly — building NodaTime's period pattern costs a fresh
    /// process several milliseconds. Anything else goes to NodaTime's ISO pattern, which gives the same value
    /// for these forms and decides about the rest.
    /// </summary>
    internal static bool TryParseDatePeriod(string text, out Period period)
    {
        period = Period.Zero;
        if (text.Length < 3 || text[0] != 'P')
        {
            return false;
        }

        var builder = new PeriodBuilder();
        int lastUnit = -1;
        int i = 1;
        while (i < text.Length)
        {
            int start = i;
            int value = 0;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9' && i - start < 9)
            {
                value = (value * 10) + (text[i] - '0');
                i++;
            }

            if (i == start || i == text.Length)
            {
                return false;
            }

            int unit = text[i] switch { 'Y' => 0, 'M' => 1, 'W' => 2, 'D' => 3, _ => -1 };
            if (unit <= lastUnit)
            {
                return false;
            }

            switch (unit)
            {
                case 0: builder.Years = value; break;
                case 1: builder.Months = value; break;
                case 2: builder.Weeks = value; break;
                default: builder.Days = value; break;
            }

            lastUnit = unit;
            i++;
        }

        period = builder.Build();
        return true;
    }

    private static LocalDate Date(string text, string path, ProblemCollector p) => DocumentValues.Date(text, path, p, "ruleset");

    private static string[] SectorList(List<string> prefixes, string path, ProblemCollector p)
    {
        if (prefixes.Count == 0)
        {
            p.Add("ruleset.empty-list", path, "La liste du secteur du numérique ne doit pas être vide.", "The digital sector list must not be empty.");
        }

        var seen = new SortedSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < prefixes.Count; i++)
        {
            if (!IsSectorPrefix(prefixes[i]))
            {
                p.Add("ruleset.sector-code", path + "[" + Invariant(i) + "]", $"« {Shorten(prefixes[i])} » n'est pas une division, un groupe, une classe ou une sous-classe NAF en forme pointée (62, 26.1, 63.91, 62.01Z).", $"'{Shorten(prefixes[i])}' is not a NAF division, group, class or sub-class in dotted form (62, 26.1, 63.91, 62.01Z).");
            }
            else if (!seen.Add(prefixes[i]))
            {
                p.Add("ruleset.duplicate-value", path + "[" + Invariant(i) + "]", $"« {prefixes[i]} » figure plusieurs fois.", $"'{prefixes[i]}' is listed more than once.");
            }
        }

        return seen.ToArray();
    }

    /// <summary><c>NN</c>, <c>NN.N</c>, <c>NN.NN</c> or <c>NN.NNL</c> with ASCII digits and an upper-case letter.</summary>
    internal static bool IsSectorPrefix(string s)
    {
        static bool Digit(char c) => c >= '0' && c <= '9';
        return s.Length switch
        {
            2 => Digit(s[0]) && Digit(s[1]),
            4 => Digit(s[0]) && Digit(s[1]) && s[2] == '.' && Digit(s[3]),
            5 => Digit(s[0]) && Digit(s[1]) && s[2] == '.' && Digit(s[3]) && Digit(s[4]),
            6 => Digit(s[0]) && Digit(s[1]) && s[2] == '.' && Digit(s[3]) && Digit(s[4]) && s[5] >= 'A' && s[5] <= 'Z',
            _ => false,
        };
    }

    // The set comes out in the enumeration's order (the canonical form) without sorting: values are marked by
    // their position among the enumeration's values (no generic collections over value types to compile at
    // a cold start).
    private static T[] EnumSet<T>(List<string> names, string path, ProblemCollector p)
        where T : struct, Enum
    {
        if (names.Count == 0)
        {
            p.Add("ruleset.empty-list", path, "La liste ne doit pas être vide.", "The list must not be empty.");
        }

        T[] all = DocumentValues.AllValues<T>();
        bool[] listed = new bool[all.Length];
        int count = 0;
        for (int i = 0; i < names.Count; i++)
        {
            string itemPath = path + "[" + Invariant(i) + "]";
            int index = DocumentValues.EnumIndex<T>(names[i], itemPath, p, "ruleset");
            if (index < 0)
            {
                continue;
            }

            if (listed[index])
            {
                p.Add("ruleset.duplicate-value", itemPath, $"« {names[i]} » figure plusieurs fois.", $"'{names[i]}' is listed more than once.");
                continue;
            }

            listed[index] = true;
            count++;
        }

        var set = new T[count];
        for (int i = 0, j = 0; i < all.Length; i++)
        {
            if (listed[i])
            {
                set[j++] = all[i];
            }
        }

        return set;
    }

    private static T? EnumValue<T>(string name, string path, ProblemCollector p)
        where T : struct, Enum => DocumentValues.Enum<T>(name, path, p, "ruleset");

    private static string CheckId(string id, string path, ProblemCollector p)
    {
        bool valid = id.Length is > 0 and <= MaxIdLength;
        for (int i = 0; valid && i < id.Length; i++)
        {
            char c = id[i];
            valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c is '-' or '_' or '.';
        }

        if (!valid)
        {
            p.Add("ruleset.id-format", path, $"« {Shorten(id)} » n'est pas un identifiant valable : de 1 à {MaxIdLength} lettres ASCII, chiffres, « - », « _ » ou « . ».", $"'{Shorten(id)}' is not a valid id: 1 to {MaxIdLength} ASCII letters, digits, '-', '_' or '.'.");
        }

        return id;
    }

    private static void CheckNonBlank(string text, string path, ProblemCollector p)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            p.Add("ruleset.blank-text", path, "Le texte ne doit pas être vide.", "The text must not be blank.");
        }
    }

    private static LocalizedText? Text(TextDocument d, string path, ProblemCollector p)
    {
        int before = p.Count;
        CheckNonBlank(d.Fr, path + ".fr", p);
        CheckNonBlank(d.En, path + ".en", p);
        return p.Count == before ? new LocalizedText(d.Fr, d.En) : null;
    }

    /// <summary>Removes trailing zeros (0.50 → 0.5), so that equal values have one canonical form.</summary>
    internal static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal in a French message: decimal comma.</summary>
    private static string French(decimal value) => Invariant(value).Replace('.', ',');

    private static string Shorten(string text) => Internal.TextHelpers.Shorten(text);
}
