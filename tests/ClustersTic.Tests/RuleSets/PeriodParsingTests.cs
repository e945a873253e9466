using System.Linq;
using ClustersTic.RuleSets;
using ClustersTic.Signatures;
using CsCheck;
using NodaTime;
using NodaTime.Text;

namespace ClustersTic.Tests.RuleSets;

/// <summary>The direct period reader must agree with NodaTime's ISO pattern wherever it answers.</summary>
public sealed class PeriodParsingTests
{
    private static readonly Gen<string> PeriodLike = Gen.OneOf(
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 40], Gen.Int[0, 3], Gen.Int[0, 400], Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool).Select(
            (y, m, w, d, hasY, hasM, hasW, hasD) =>
                "P" + (hasY ? y + "Y" : string.Empty) + (hasM ? m + "M" : string.Empty) + (hasW ? w + "W" : string.Empty) + (hasD ? d + "D" : string.Empty)),
        Gen.Char["PYMWDT0123456789-+ ."].Array[0, 12].Select(chars => new string(chars)),
        Gen.Int.Select(i => "P" + i + "Y"),
        Gen.Long.Select(l => "P" + l + "D"));

    [Fact]
    public void TheDirectReader_AgreesWithNodaTime_WhereverItAnswers()
    {
        PeriodLike.Sample(text =>
        {
            if (RuleSetFactory.TryParseDatePeriod(text, out Period period))
            {
                ParseResult<Period> expected = PeriodPattern.NormalizingIso.Parse(text);
                expected.Success.Should().BeTrue(text);
                period.Should().Be(expected.Value, text);
            }
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("P3Y", 3, 0, 0, 0)]
    [InlineData("P6M", 0, 6, 0, 0)]
    [InlineData("P1Y2M3W4D", 1, 2, 3, 4)]
    [InlineData("P30D", 0, 0, 0, 30)]
    [InlineData("P0D", 0, 0, 0, 0)]
    public void UsualForms_AreReadDirectly(string text, int years, int months, int weeks, int days)
    {
        RuleSetFactory.TryParseDatePeriod(text, out Period period).Should().BeTrue();
        new[] { period.Years, period.Months, period.Weeks, period.Days }.Should().Equal(years, months, weeks, days);
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("3Y")]
    [InlineData("P3")]
    [InlineData("PT5H")]
    [InlineData("P-1Y")]
    [InlineData("P1M1Y")]
    [InlineData("P1Y1Y")]
    [InlineData("P1234567890D")]
    [InlineData("P1y")]
    public void OtherForms_AreLeftToNodaTime(string text)
    {
        RuleSetFactory.TryParseDatePeriod(text, out _).Should().BeFalse();
    }

    [Fact]
    public void EveryEmbeddedPeriod_IsInTheUsualForm()
    {
        foreach (RuleSet ruleSet in RuleSetCatalog.Embedded.RuleSets)
        {
            LifecyclePolicy lifecycle = ruleSet.Lifecycle;
            new[] { lifecycle.Validity, lifecycle.ReviewWindowBefore, lifecycle.ReviewWindowAfter, lifecycle.MinorNonConformityDeadline, lifecycle.MajorNonConformityDeadline, lifecycle.RenewalWindow }
                .Select(p => PeriodPattern.NormalizingIso.Format(p))
                .Where(text => !RuleSetFactory.TryParseDatePeriod(text, out Period _))
                .Should().BeEmpty(ruleSet.Id);
        }
    }
}
