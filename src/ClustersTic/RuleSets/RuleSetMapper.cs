using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClustersTic.Text;
using NodaTime;
using NodaTime.Text;

namespace ClustersTic.RuleSets;

/// <summary>Turns the model back into its JSON document (for saving and for the canonical form).</summary>
internal static class RuleSetMapper
{
    /// <summary>The <c>$schema</c> written into saved rule sets.</summary>
    public const string SchemaId = Documents.JsonSchemas.RuleSetSchemaId;

    public static RuleSetDocument ToDocument(RuleSet ruleSet, string? schema)
    {
        RuleSetDocument document = ToDocument(new RuleSetBuilder(ruleSet));
        document.Schema = schema;
        return document;
    }

    /// <summary>The document of a builder's values: the one mapping from the model to JSON.</summary>
    /// <exception cref="System.ArgumentException">A list holds a null item.</exception>
    public static RuleSetDocument ToDocument(RuleSetBuilder r) => new()
    {
        Id = r.Id,
        Version = r.Version,
        Title = Text(r.Title),
        EffectiveFrom = Date(r.EffectiveFrom),
        ClusterAdmission = new ClusterAdmissionDocument
        {
            AdmittedOrganisationKinds = Names(r.AdmittedOrganisationKinds),
            MinimumProviderShare = r.MinimumProviderShare,
        },
        CompanyEligibility = new CompanyEligibilityDocument
        {
            DigitalSector = new DigitalSectorDocument
            {
                Rev2 = NotNull(r.DigitalSectorRev2, nameof(r.DigitalSectorRev2)).ToList(),
                Naf2025 = NotNull(r.DigitalSectorNaf2025, nameof(r.DigitalSectorNaf2025)).ToList(),
            },
            Naf2025ReferenceFrom = Date(r.Naf2025ReferenceFrom),
            EligibleSizeCategories = Names(r.EligibleSizeCategories),
        },
        Charter = new CharterDocument
        {
            Id = r.CharterId,
            Version = r.CharterVersion,
            Categories = NotNull(r.Categories, nameof(r.Categories)).Select(c => new CategoryDocument { Id = c.Id, Title = Text(c.Title), Description = Text(c.Description) }).ToList(),
            Criteria = NotNull(r.Criteria, nameof(r.Criteria)).Select(c => new CriterionDocument
            {
                Id = c.Id,
                Category = c.CategoryId,
                Level = c.Level.ToString(),
                Weight = c.Weight,
                EvidenceRequired = c.EvidenceRequired,
                NotApplicableAllowed = c.NotApplicableAllowed,
                Title = Text(c.Title),
                Text = Text(c.Text),
            }).ToList(),
        },
        Scoring = new ScoringDocument
        {
            Confirmed = new ConfirmedLevelDocument
            {
                MinimumScore = r.ConfirmedMinimumScore,
                MinimumCategoryScore = r.ConfirmedMinimumCategoryScore,
            },
            Exemplary = new ExemplaryLevelDocument
            {
                MinimumScore = r.ExemplaryMinimumScore,
                AssessmentKinds = Names(r.ExemplaryAssessmentKinds),
            },
        },
        Lifecycle = new LifecycleDocument
        {
            Validity = Period(r.Validity),
            ReviewWindowBefore = Period(r.ReviewWindowBefore),
            ReviewWindowAfter = Period(r.ReviewWindowAfter),
            MinorNonConformityDeadline = Period(r.MinorNonConformityDeadline),
            MajorNonConformityDeadline = Period(r.MajorNonConformityDeadline),
            RenewalWindow = Period(r.RenewalWindow),
        },
    };

    private static TextDocument Text(LocalizedText t) => new() { Fr = t.French, En = t.English };

    private static string Date(LocalDate date) => Internal.Invariant.Date(date);

    private static string Period(Period period) => PeriodPattern.NormalizingIso.Format(period);

    private static IEnumerable<T> NotNull<T>(IEnumerable<T> items, string name)
        where T : class
    {
        foreach (T item in items)
        {
            if (item is null)
            {
                throw new System.ArgumentException($"The list {name} holds a null item.", name);
            }
        }

        return items;
    }

    private static List<string> Names<T>(IEnumerable<T> values)
        where T : struct => values.Select(v => string.Format(CultureInfo.InvariantCulture, "{0}", v)).ToList();
}
