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

    public static RuleSetDocument ToDocument(RuleSet r, string? schema) => new()
    {
        Schema = schema,
        Id = r.Id,
        Version = r.Version,
        Title = Text(r.Title),
        EffectiveFrom = Date(r.EffectiveFrom),
        ClusterAdmission = new ClusterAdmissionDocument
        {
            AdmittedOrganisationKinds = Names(r.ClusterAdmission.AdmittedOrganisationKinds),
            MinimumProviderShare = r.ClusterAdmission.MinimumProviderShare,
        },
        CompanyEligibility = new CompanyEligibilityDocument
        {
            DigitalSector = new DigitalSectorDocument
            {
                Rev2 = r.CompanyEligibility.DigitalSectorRev2.ToList(),
                Naf2025 = r.CompanyEligibility.DigitalSectorNaf2025.ToList(),
            },
            Naf2025ReferenceFrom = Date(r.CompanyEligibility.Naf2025ReferenceFrom),
            EligibleSizeCategories = Names(r.CompanyEligibility.EligibleSizeCategories),
        },
        Charter = new CharterDocument
        {
            Id = r.Charter.Id,
            Version = r.Charter.Version,
            Categories = r.Charter.Categories.Select(c => new CategoryDocument { Id = c.Id, Title = Text(c.Title), Description = Text(c.Description) }).ToList(),
            Criteria = r.Charter.Criteria.Select(c => new CriterionDocument
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
                MinimumScore = r.Scoring.ConfirmedMinimumScore,
                MinimumCategoryScore = r.Scoring.ConfirmedMinimumCategoryScore,
            },
            Exemplary = new ExemplaryLevelDocument
            {
                MinimumScore = r.Scoring.ExemplaryMinimumScore,
                AssessmentKinds = Names(r.Scoring.ExemplaryAssessmentKinds),
            },
        },
        Lifecycle = new LifecycleDocument
        {
            Validity = Period(r.Lifecycle.Validity),
            ReviewWindowBefore = Period(r.Lifecycle.ReviewWindowBefore),
            ReviewWindowAfter = Period(r.Lifecycle.ReviewWindowAfter),
            MinorNonConformityDeadline = Period(r.Lifecycle.MinorNonConformityDeadline),
            MajorNonConformityDeadline = Period(r.Lifecycle.MajorNonConformityDeadline),
            RenewalWindow = Period(r.Lifecycle.RenewalWindow),
        },
    };

    private static TextDocument Text(LocalizedText t) => new() { Fr = t.French, En = t.English };

    private static string Date(LocalDate date) => Internal.Invariant.Date(date);

    private static string Period(Period period) => PeriodPattern.NormalizingIso.Format(period);

    private static List<string> Names<T>(IEnumerable<T> values)
        where T : struct => values.Select(v => string.Format(CultureInfo.InvariantCulture, "{0}", v)).ToList();
}
