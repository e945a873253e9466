using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Identifiers;
using ClustersTic.Organisations;
using ClustersTic.RuleSets;
using NodaTime;

namespace ClustersTic.Tests.RuleSets;

public sealed class RuleSetCatalogTests
{
    private static readonly RuleSetCatalog Catalog = RuleSetCatalog.Embedded;

    [Fact]
    public void Embedded_HoldsV1AndV2WithTheirEffectiveDates()
    {
        Catalog.RuleSets.Select(r => (r.Id, r.EffectiveFrom)).Should().Equal(
            ("v1", new LocalDate(2010, 1, 1)),
            ("v2", new LocalDate(2027, 1, 1)));
        Catalog.Latest.Id.Should().Be("v2");
    }

    [Theory]
    [InlineData(2010, 1, 1, "v1")]
    [InlineData(2026, 12, 31, "v1")]
    [InlineData(2027, 1, 1, "v2")]
    [InlineData(2040, 6, 15, "v2")]
    public void GetInForce_ReturnsTheVersionInForceOnTheDate(int y, int m, int d, string expected)
    {
        Catalog.GetInForce(new LocalDate(y, m, d)).Id.Should().Be(expected);
    }

    [Fact]
    public void GetInForce_BeforeTheFirstVersion_IsAClearError()
    {
        FluentActions.Invoking(() => Catalog.GetInForce(new LocalDate(2009, 12, 31)))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("*No rule set is in force on 2009-12-31*'v1'*2010-01-01*");
        Catalog.TryGetInForce(new LocalDate(2009, 12, 31), out RuleSet? none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void Get_PinnedById()
    {
        Catalog.Get("v1").EffectiveFrom.Should().Be(new LocalDate(2010, 1, 1));
        Catalog.TryGet("v2", out RuleSet? v2).Should().BeTrue();
        v2!.Id.Should().Be("v2");
        Catalog.TryGet("V1", out _).Should().BeFalse("ids are case-sensitive");
        FluentActions.Invoking(() => Catalog.Get("v9")).Should().Throw<KeyNotFoundException>().WithMessage("*'v9'*v1, v2*");
    }

    [Fact]
    public void Constructor_RejectsEmptyDuplicateIdsAndDates()
    {
        RuleSet v1 = Catalog.Get("v1");
        FluentActions.Invoking(() => new RuleSetCatalog(Array.Empty<RuleSet>())).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new RuleSetCatalog(new[] { v1, v1 })).Should().Throw<ArgumentException>().WithMessage("*'v1'*");
        RuleSet sameDate = RuleSet.Parse(v1.ToJson().Replace("\"id\": \"v1\"", "\"id\": \"other\"", StringComparison.Ordinal));
        FluentActions.Invoking(() => new RuleSetCatalog(new[] { v1, sameDate })).Should().Throw<ArgumentException>().WithMessage("*2010-01-01*");
        FluentActions.Invoking(() => new RuleSetCatalog(new RuleSet[] { null! })).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void V1_HasTheRulebooksParameters()
    {
        RuleSet v1 = Catalog.Get("v1");
        v1.ClusterAdmission.AdmittedOrganisationKinds.Should().Equal(OrganisationKind.Cluster, OrganisationKind.CompetitivenessPole);
        v1.ClusterAdmission.MinimumProviderShare.Should().Be(0.5m);
        v1.CompanyEligibility.EligibleSizeCategories.Should().HaveCount(5);
        v1.CompanyEligibility.AllSizeCategoriesEligible.Should().BeTrue();
        v1.CompanyEligibility.Naf2025ReferenceFrom.Should().Be(new LocalDate(2027, 1, 1));
        v1.Scoring.ConfirmedMinimumScore.Should().Be(75m);
        v1.Scoring.ConfirmedMinimumCategoryScore.Should().Be(50m);
        v1.Scoring.ExemplaryMinimumScore.Should().Be(90m);
        v1.Scoring.ExemplaryAssessmentKinds.Should().Equal(AssessmentKind.PeerReview, AssessmentKind.ExternalAudit);
        v1.Lifecycle.Validity.Should().Be(Period.FromYears(3));
        v1.Lifecycle.ReviewWindowBefore.Should().Be(Period.FromMonths(2));
        v1.Lifecycle.ReviewWindowAfter.Should().Be(Period.FromMonths(1));
        v1.Lifecycle.MinorNonConformityDeadline.Should().Be(Period.FromMonths(6));
        v1.Lifecycle.MajorNonConformityDeadline.Should().Be(Period.FromMonths(3));
        v1.Lifecycle.RenewalWindow.Should().Be(Period.FromMonths(6));
    }

    [Fact]
    public void V1_CharterHasTheEightCategoriesAboutThirtyCriteriaAndAMustInEach()
    {
        CharterDefinition charter = Catalog.Get("v1").Charter;
        charter.Categories.Select(c => c.Id).Should().Equal("NEEDS", "OFFER", "CONTRACT", "DELIVERY", "BILLING", "AFTER", "SKILLS", "QUALITY");
        charter.Criteria.Count.Should().BeInRange(28, 36);
        foreach (CharterCategory category in charter.Categories)
        {
            charter.Criteria.Should().Contain(c => c.CategoryId == category.Id && c.Level == RequirementLevel.Must, category.Id);
        }

        charter.Criteria.Should().OnlyContain(c => c.Weight >= 1 && c.Weight <= 3);
        charter.Criteria.Should().OnlyContain(c => !string.IsNullOrWhiteSpace(c.Title.French) && !string.IsNullOrWhiteSpace(c.Text.English));
        charter.TryGetCriterion("DELIVERY-7", out Criterion? rgaa).Should().BeTrue();
        rgaa!.Level.Should().Be(RequirementLevel.Should);
        charter.TryGetCriterion("DELIVERY-8", out Criterion? rgesn).Should().BeTrue();
        rgesn!.Level.Should().Be(RequirementLevel.May);
        charter.TryGetCriterion("nope", out _).Should().BeFalse();
        charter.TryGetCategory("OFFER", out CharterCategory? offer).Should().BeTrue();
        offer!.Title.French.Should().Be("Proposition");
    }

    [Fact]
    public void V2_IsTheSameCharterWithItsOwnIdentity()
    {
        RuleSet v1 = Catalog.Get("v1");
        RuleSet v2 = Catalog.Get("v2");
        v2.Charter.Criteria.Select(c => (c.Id, c.Level, c.Weight)).Should().Equal(v1.Charter.Criteria.Select(c => (c.Id, c.Level, c.Weight)));
        v2.Fingerprint.Should().NotBe(v1.Fingerprint);
    }

    [Theory]
    [InlineData("62.01Z", true)]
    [InlineData("26.11Z", true)]
    [InlineData("46.51Z", true)]
    [InlineData("58.29C", true)]
    [InlineData("61.10Z", true)]
    [InlineData("63.11Z", true)]
    [InlineData("95.11Z", true)]
    [InlineData("26.51A", false)] // 26.5 is not in the list
    [InlineData("63.91Z", false)] // web portals were in 63.1 in rév. 2: 63.91 is news agencies
    [InlineData("70.22Z", false)]
    [InlineData("62.10Y", true)]
    [InlineData("63.91Y", true)] // NAF 2025: web portals
    [InlineData("70.20Y", false)]
    public void IsDigitalSector_UsesTheListOfTheCodesNomenclature(string code, bool expected)
    {
        Catalog.Get("v1").CompanyEligibility.IsDigitalSector(NafCode.Parse(code)).Should().Be(expected);
    }

    [Fact]
    public void OpenEmbeddedJson_GivesTheOfficialFile()
    {
        using Stream stream = RuleSetCatalog.OpenEmbeddedJson("v1");
        RuleSet.Load(stream).Should().Be(Catalog.Get("v1"));
        FluentActions.Invoking(() => RuleSetCatalog.OpenEmbeddedJson("v3")).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void SizeCategories_AreAllEligibleInV1()
    {
        Catalog.Get("v1").CompanyEligibility.EligibleSizeCategories.Should().Equal(
            CompanySizeCategory.Micro, CompanySizeCategory.Small, CompanySizeCategory.Medium, CompanySizeCategory.Intermediate, CompanySizeCategory.Large);
    }
}
