using System;
using System.Linq;
using CsCheck;
using ClustersTic.Companies;

namespace ClustersTic.Tests.Companies;

public sealed class CompanySizeTests
{
    private const decimal M = 1_000_000m;

    [Theory]
    // Headcount boundaries at each limit (financials small enough).
    [InlineData(9, 1, 1, CompanySizeCategory.Micro)]
    [InlineData(10, 1, 1, CompanySizeCategory.Small)]
    [InlineData(9.99, 1, 1, CompanySizeCategory.Micro)]
    [InlineData(49, 1, 1, CompanySizeCategory.Small)]
    [InlineData(50, 1, 1, CompanySizeCategory.Medium)]
    [InlineData(249, 1, 1, CompanySizeCategory.Medium)]
    [InlineData(250, 1, 1, CompanySizeCategory.Intermediate)]
    [InlineData(4999, 1, 1, CompanySizeCategory.Intermediate)]
    [InlineData(5000, 1, 1, CompanySizeCategory.Large)]
    // Micro financial limit: exactly 2 M€ is in; above on both is out; either one within is enough.
    [InlineData(5, 2, 2, CompanySizeCategory.Micro)]
    [InlineData(5, 2.000001, 2.000001, CompanySizeCategory.Small)]
    [InlineData(5, 3, 2, CompanySizeCategory.Micro)]
    [InlineData(5, 2, 3, CompanySizeCategory.Micro)]
    // Small: 10 M€.
    [InlineData(20, 10, 11, CompanySizeCategory.Small)]
    [InlineData(20, 11, 11, CompanySizeCategory.Medium)]
    // Medium: turnover 50 M€ or balance sheet 43 M€ (different limits).
    [InlineData(100, 50, 60, CompanySizeCategory.Medium)]
    [InlineData(100, 51, 43, CompanySizeCategory.Medium)]
    [InlineData(100, 51, 44, CompanySizeCategory.Intermediate)]
    [InlineData(100, 43.5, 44, CompanySizeCategory.Medium)]
    // ETI: 1,500 M€ or 2,000 M€.
    [InlineData(1000, 1500, 3000, CompanySizeCategory.Intermediate)]
    [InlineData(1000, 1600, 2000, CompanySizeCategory.Intermediate)]
    [InlineData(1000, 1600, 2100, CompanySizeCategory.Large)]
    public void Classify_OneYear_AppliesTheDecreeLimits(double headcount, double turnoverM, double balanceM, CompanySizeCategory expected)
    {
        CompanySize.Classify((decimal)headcount, (decimal)turnoverM * M, (decimal)balanceM * M).Should().Be(expected);
    }

    [Fact]
    public void Classify_UnknownHeadcount_IsUnknown()
    {
        CompanySize.Classify(null, 1m, 1m).Should().BeNull();
    }

    [Fact]
    public void Classify_UnknownTurnover_TheBalanceSheetCanStillDecide()
    {
        CompanySize.Classify(5m, null, 1m * M).Should().Be(CompanySizeCategory.Micro);
        CompanySize.Classify(20m, 5m * M, null).Should().Be(CompanySizeCategory.Small);
    }

    [Fact]
    public void Classify_UnknownFigureThatCouldChangeTheCategory_IsUnknown()
    {
        // Micro if the turnover is ≤ 2 M€, small otherwise: cannot be decided.
        CompanySize.Classify(5m, null, 3m * M).Should().BeNull();
        CompanySize.Classify(5m, null, null).Should().BeNull();
    }

    [Fact]
    public void Classify_HeadcountAboveAllLimits_IsLargeWhateverTheFinancials()
    {
        CompanySize.Classify(6000m, null, null).Should().Be(CompanySizeCategory.Large);
    }

    [Fact]
    public void Classify_HeadcountRulesOutSmallerCategories_UnknownFinancialsOnlyMatterFromThere()
    {
        // Not micro because of headcount; small needs a financial figure within 10 M€.
        CompanySize.Classify(20m, null, null).Should().BeNull();
        CompanySize.Classify(20m, null, 9m * M).Should().Be(CompanySizeCategory.Small);
    }

    [Fact]
    public void Classify_NegativeFigure_Throws()
    {
        FluentActions.Invoking(() => CompanySize.Classify(-1m, 1m, 1m)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ClosedYearFigures(2024, 1m, -1m, 1m)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ClosedYearFigures(0, 1m, 1m, 1m)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(new[] { 0, 1, 2 }, 1)] // the rulebook's example: [micro, small, medium] gives small
    [InlineData(new[] { 0, 1, 0 }, 0)] // a single year above never moves
    [InlineData(new[] { 0, 1, 1 }, 1)] // two consecutive years above move up
    [InlineData(new[] { 0, 2, 3 }, 2)] // up to the lower of the two
    [InlineData(new[] { 3, 1, 0 }, 1)] // down to the higher of the two
    [InlineData(new[] { 2, 1, 2, 1 }, 2)] // alternating never moves
    [InlineData(new[] { 2 }, 2)] // one year: its own category
    [InlineData(new[] { 0, 1, 1, 0, 0 }, 0)] // up, then down again
    [InlineData(new[] { 4, 0, 4, 0 }, 4)]
    [InlineData(new[] { 1, 2, 0, 2 }, 1)] // the pair (2, 0) straddles: stays
    public void Classify_Series_AppliesTheTwoConsecutiveYearsRule(int[] yearly, int expected)
    {
        var categories = Array.ConvertAll(yearly, c => (CompanySizeCategory?)c);
        CompanySize.Classify(categories).Should().Be((CompanySizeCategory)expected);
    }

    [Fact]
    public void Classify_Series_EmptyOrWithAnUnknownYear_IsUnknown()
    {
        CompanySize.Classify(Array.Empty<CompanySizeCategory?>()).Should().BeNull();
        CompanySize.Classify(new CompanySizeCategory?[] { CompanySizeCategory.Micro, null }).Should().BeNull();
    }

    [Fact]
    public void Classify_ClosedYears_SortsByYearAndAppliesTheRule()
    {
        var years = new[]
        {
            new ClosedYearFigures(2024, 60m, 20m * M, 20m * M), // medium
            new ClosedYearFigures(2022, 5m, 1m * M, 1m * M), // micro
            new ClosedYearFigures(2023, 20m, 5m * M, 5m * M), // small
        };
        CompanySize.Classify(years).Should().Be(CompanySizeCategory.Small);
    }

    [Fact]
    public void Classify_ClosedYears_WithAGap_IsUnknown()
    {
        var years = new[]
        {
            new ClosedYearFigures(2021, 5m, 1m * M, 1m * M),
            new ClosedYearFigures(2023, 20m, 5m * M, 5m * M),
        };
        CompanySize.Classify(years).Should().BeNull();
    }

    [Fact]
    public void Classify_ClosedYears_DuplicateYearOrNullItem_Throws()
    {
        var duplicate = new[] { new ClosedYearFigures(2023, 5m, 1m, 1m), new ClosedYearFigures(2023, 6m, 1m, 1m) };
        FluentActions.Invoking(() => CompanySize.Classify(duplicate)).Should().Throw<ArgumentException>().WithMessage("*2023*");
        FluentActions.Invoking(() => CompanySize.Classify(new ClosedYearFigures[] { null! })).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Classify_ClosedYears_AnUnknownYear_MakesTheSeriesUnknown()
    {
        var years = new[] { new ClosedYearFigures(2022, 5m, 1m, 1m), new ClosedYearFigures(2023, null, 1m, 1m) };
        CompanySize.Classify(years).Should().BeNull();
    }

    [Fact]
    public void NullArguments_AreRejectedWithTheirName()
    {
        FluentActions.Invoking(() => CompanySize.Classify((ClosedYearFigures)null!)).Should().Throw<ArgumentNullException>().WithParameterName("figures");
        FluentActions.Invoking(() => CompanySize.Classify((System.Collections.Generic.IEnumerable<ClosedYearFigures>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("years");
        FluentActions.Invoking(() => CompanySize.Classify((System.Collections.Generic.IReadOnlyList<CompanySizeCategory?>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("yearly");
        FluentActions.Invoking(() => CompanySize.Classify(new ClosedYearFigures[] { new(2023, 5m, 1m, 1m), null! }))
            .Should().Throw<ArgumentNullException>().WithParameterName("years").WithMessage("*null item*");
    }

    [Theory]
    // Two years above: the category moves to the nearer of the two.
    [InlineData(CompanySizeCategory.Micro, CompanySizeCategory.Medium, CompanySizeCategory.Small, CompanySizeCategory.Small)]
    [InlineData(CompanySizeCategory.Micro, CompanySizeCategory.Small, CompanySizeCategory.Medium, CompanySizeCategory.Small)]
    // Two years below: likewise.
    [InlineData(CompanySizeCategory.Large, CompanySizeCategory.Micro, CompanySizeCategory.Small, CompanySizeCategory.Small)]
    [InlineData(CompanySizeCategory.Large, CompanySizeCategory.Small, CompanySizeCategory.Micro, CompanySizeCategory.Small)]
    // One year back at the current category: no move.
    [InlineData(CompanySizeCategory.Micro, CompanySizeCategory.Medium, CompanySizeCategory.Micro, CompanySizeCategory.Micro)]
    [InlineData(CompanySizeCategory.Medium, CompanySizeCategory.Micro, CompanySizeCategory.Medium, CompanySizeCategory.Medium)]
    public void TwoConsecutiveYears_MoveTheCategoryToTheNearerOfTheTwo(CompanySizeCategory first, CompanySizeCategory second, CompanySizeCategory third, CompanySizeCategory expected)
    {
        CompanySize.Classify(new CompanySizeCategory?[] { first, second, third }).Should().Be(expected);
    }

    [Fact]
    public void KnownFigures_FollowTheThresholdTable()
    {
        // The rulebook's table as an oracle: the first category whose headcount limit is not reached and whose
        // turnover or balance sheet limit is not exceeded.
        (CompanySizeCategory Category, decimal H, decimal T, decimal B)[] table =
        [
            (CompanySizeCategory.Micro, 10m, 2m * M, 2m * M),
            (CompanySizeCategory.Small, 50m, 10m * M, 10m * M),
            (CompanySizeCategory.Medium, 250m, 50m * M, 43m * M),
            (CompanySizeCategory.Intermediate, 5000m, 1500m * M, 2000m * M),
        ];
        Gen<decimal> figure = Gen.OneOf(
            Gen.Int[0, 6000].Select(i => (decimal)i),
            Gen.Long[0, 3_000_000_000L].Select(l => (decimal)l),
            Gen.OneOf(table.SelectMany(r => new[] { Gen.Const(r.H), Gen.Const(r.T), Gen.Const(r.B), Gen.Const(r.T + 0.01m) }).ToArray()));
        Gen.Select(figure, figure, figure).Sample((h, t, b) =>
        {
            CompanySizeCategory expected = table.FirstOrDefault(r => h < r.H && (t <= r.T || b <= r.B)).Category;
            if (!table.Any(r => h < r.H && (t <= r.T || b <= r.B)))
            {
                expected = CompanySizeCategory.Large;
            }

            CompanySize.Classify(h, t, b).Should().Be(expected, $"{h} {t} {b}");
        }, iter: 20_000);
    }

    [Theory]
    [InlineData(-1, 1, 1, "headcount")]
    [InlineData(1, -1, 1, "turnover")]
    [InlineData(1, 1, -1, "balanceSheetTotal")]
    public void NegativeFigures_AreRejectedWithTheirName(double headcount, double turnover, double balanceSheet, string parameter)
    {
        FluentActions.Invoking(() => CompanySize.Classify((decimal)headcount, (decimal)turnover, (decimal)balanceSheet))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Fact]
    public void UnknownFigures_AtTheLimits_DecideWhenTheKnownOnesSuffice()
    {
        CompanySize.Classify(10m, null, 1m).Should().Be(CompanySizeCategory.Small, "10 is not below the micro headcount limit");
        CompanySize.Classify(5m, null, 2m * M).Should().Be(CompanySizeCategory.Micro, "a balance sheet at the limit is within it");
        CompanySize.Classify(null, 3000m * M, 3000m * M).Should().Be(CompanySizeCategory.Large, "both financial figures exceed every limit");
        CompanySize.Classify(null, 1m, 1m).Should().BeNull("an unknown headcount could be any category");
    }
}
