using System;
using System.Globalization;
using ClustersTic.Decisions;
using ClustersTic.Text;

namespace ClustersTic.Tests.Text;

/// <summary>The language given as a culture, the .NET way (issue 15, point 2).</summary>
public sealed class LanguagesTests
{
    [Theory]
    [InlineData("en", Language.English)]
    [InlineData("en-US", Language.English)]
    [InlineData("en-GB", Language.English)]
    [InlineData("fr", Language.French)]
    [InlineData("fr-FR", Language.French)]
    [InlineData("fr-BE", Language.French)]
    [InlineData("de-DE", Language.French)]
    [InlineData("es", Language.French)]
    [InlineData("", Language.French)]
    public void FromCulture_EnglishForEn_FrenchOtherwise(string name, Language expected) =>
        Languages.FromCulture(ClustersTic.Tests.Support.Cultures.Get(name)).Should().Be(expected);

    [Fact]
    public void FromCulture_Null_Throws() =>
        FluentActions.Invoking(() => Languages.FromCulture(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void CultureOverloads_RenderTheSameTextAsTheLanguage()
    {
        var text = new LocalizedText("Bonjour", "Hello");
        text.In(ClustersTic.Tests.Support.Cultures.Get("en-AU")).Should().Be("Hello");
        text.In(ClustersTic.Tests.Support.Cultures.Get("fr-CH")).Should().Be("Bonjour");
        text.In(CultureInfo.InvariantCulture).Should().Be("Bonjour");

        var rules = new ConsortiumRules(ClustersTic.RuleSets.RuleSetCatalog.Embedded.Get("v1"), new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2026, 11, 28, 12, 0)));
        Decision decision = rules.Evaluate(ClustersTic.Samples.SampleData.Load(), ClustersTic.Samples.SampleData.ReferenceDate).Companies[0];
        decision.Summarize(ClustersTic.Tests.Support.Cultures.Get("en-US")).Should().Be(decision.Summarize(Language.English));
        decision.Explain(ClustersTic.Tests.Support.Cultures.Get("fr-FR")).Should().Be(decision.Explain(Language.French));
    }
}
