using System.Linq;
using ClustersTic.Identifiers;
using ClustersTic.Text;

namespace ClustersTic.Tests.Identifiers;

/// <summary>The embedded official lists: existence, titles, rév. 1 recognition (issue 15, point 3).</summary>
public sealed class NafNomenclatureTests
{
    [Theory]
    [InlineData("62.01Z", "Programmation informatique")]
    [InlineData("62.02A", "Conseil en systèmes et logiciels informatiques")]
    [InlineData("01.11Z", "Culture de céréales (à l’exception du riz), de légumineuses et de graines oléagineuses")]
    [InlineData("99.00Z", "Activités des organisations et organismes extraterritoriaux")]
    [InlineData("58.29C", "Édition de logiciels applicatifs")]
    public void Rev2SubClasses_ExistWithTheirInseeTitle(string text, string title)
    {
        NafCode code = NafCode.Parse(text);
        code.Exists.Should().BeTrue();
        NafNomenclatures.GetTitle(code).Should().Be(title);
        NafNomenclatures.Describe(code).Should().Be(text + " — " + title);
    }

    [Fact]
    public void Rev2SubClasses_HaveNoEnglishTitle_SoEnglishShowsTheCodeAlone()
    {
        NafCode code = NafCode.Parse("62.02A");
        NafNomenclatures.GetTitle(code, Language.English).Should().BeNull();
        NafNomenclatures.Describe(code, Language.English).Should().Be("62.02A");
    }

    [Theory]
    [InlineData("62.10Y", "Activités de programmation informatique", "Computer programming activities")]
    [InlineData("63.91Y", "Activités de portail de recherche sur le web", "Web search portal activities")]
    [InlineData("46.50Y", "Commerce de gros d’équipements de l’information et de la communication", "Wholesale of information and communication equipment")]
    [InlineData("62.20G", "Conseil en systèmes et logiciels informatiques", null)] // a national sub-class: French title only
    [InlineData("99.00Y", "Activités des organisations et organismes extraterritoriaux", "Activities of extraterritorial organisations and bodies")]
    [InlineData("01.11Y", "Culture de céréales, à l’exception du riz, de légumineuses et de graines oléagineuses", "Growing of cereals, other than rice, leguminous crops and oil seeds")]
    public void Naf2025SubClasses_ExistWithTheirTitles(string text, string french, string? english)
    {
        NafCode code = NafCode.Parse(text, NafNomenclature.Naf2025);
        code.Exists.Should().BeTrue();
        NafNomenclatures.GetTitle(code, Language.French).Should().Be(french);
        NafNomenclatures.GetTitle(code, Language.English).Should().Be(english);
    }

    [Theory]
    [InlineData("99.99Z", NafNomenclature.Rev2)]
    [InlineData("62.01A", NafNomenclature.Rev2)] // 62.01 has only the sub-class Z
    [InlineData("62.04Z", NafNomenclature.Rev2)]
    [InlineData("63.12Z", NafNomenclature.Naf2025)] // a rév. 2 class that NACE Rev. 2.1 no longer has
    [InlineData("99.99Y", NafNomenclature.Naf2025)]
    [InlineData("62.01Y", NafNomenclature.Naf2025)]
    [InlineData("62.20Y", NafNomenclature.Naf2025)] // 62.20 is split into 62.20G and 62.20H
    [InlineData("62.10G", NafNomenclature.Naf2025)]
    public void WellFormedCodesOutsideTheLists_DoNotExist(string text, NafNomenclature nomenclature)
    {
        NafCode code = NafCode.Parse(text, nomenclature);
        code.Exists.Should().BeFalse();
        NafNomenclatures.GetTitle(code).Should().BeNull();
        NafNomenclatures.Describe(code).Should().Be(code.ToString());
        NafNomenclatures.Check(text, nomenclature).Should().Be(NafCodeStatus.NotInNomenclature);
    }

    [Theory]
    [InlineData("72.2Z")]
    [InlineData("722A")]
    [InlineData(" 72.2z ")]
    [InlineData("74.1A")]
    public void Rev1Codes_AreRecognised(string text)
    {
        NafCode.TryParse(text, out _, out IdentifierParseFailure failure).Should().BeFalse();
        failure.Should().Be(IdentifierParseFailure.FormerNomenclature);
        NafNomenclatures.Check(text).Should().Be(NafCodeStatus.OldNomenclature);
        FluentActions.Invoking(() => NafCode.Parse(text)).Should().Throw<System.FormatException>().WithMessage("*former nomenclature (NAF rev. 1)*");
        Labels.Get(failure, Language.French).Should().Be("code de l’ancienne nomenclature (NAF rév. 1)");
    }

    [Theory]
    [InlineData(null, NafCodeStatus.NotGiven)]
    [InlineData(" \t", NafCodeStatus.NotGiven)]
    [InlineData("62.01Z", NafCodeStatus.Known)]
    [InlineData("6201z", NafCodeStatus.Known)]
    [InlineData("62-01Z", NafCodeStatus.NotWellFormed)]
    [InlineData("72.2", NafCodeStatus.NotWellFormed)]
    [InlineData("72.2ZZ", NafCodeStatus.NotWellFormed)]
    [InlineData("62.10Y", NafCodeStatus.Known)]
    public void Check_SaysWhatTheTextIs(string? text, NafCodeStatus status) =>
        NafNomenclatures.Check(text).Should().Be(status);

    [Fact]
    public void Sources_AreRecordedWithTheirCounts()
    {
        NafNomenclatures.Rev2.Count.Should().Be(732);
        NafNomenclatures.Rev2.Publisher.Should().Be("INSEE");
        NafNomenclatures.Rev2.IsSubClassLevel.Should().BeTrue();
        NafNomenclatures.Naf2025.Count.Should().Be(747);
        NafNomenclatures.Naf2025.Publisher.Should().StartWith("INSEE");
        NafNomenclatures.Naf2025.IsSubClassLevel.Should().BeTrue();
        NafNomenclatures.Naf2025.ToString().Should().Contain("747 codes");
        AllCodes(NafNomenclature.Rev2).Count().Should().Be(732, "every sub-class of the list is reachable by code");
        AllCodes(NafNomenclature.Naf2025).Count().Should().Be(747);
    }

    [Fact]
    public void DefaultCode_DoesNotExist()
    {
        default(NafCode).Exists.Should().BeFalse();
        NafNomenclatures.GetTitle(default).Should().BeNull();
    }

    [Fact]
    public void EveryDigitalSectorPrefixOfTheEmbeddedRuleSets_NamesExistingCodes()
    {
        // The digital-sector lists are rule-set data (reading 6): each prefix must cover at least one code that
        // exists, or a typo in a rule set would silently exclude a whole group.
        foreach (ClustersTic.RuleSets.RuleSet ruleSet in ClustersTic.RuleSets.RuleSetCatalog.Embedded.RuleSets)
        {
            var parameters = ruleSet.CompanyEligibility;
            foreach ((NafNomenclature nomenclature, System.Collections.Generic.IReadOnlyList<string> prefixes) in new[]
                     {
                         (NafNomenclature.Rev2, parameters.DigitalSectorRev2),
                         (NafNomenclature.Naf2025, parameters.DigitalSectorNaf2025),
                     })
            {
                foreach (string prefix in prefixes)
                {
                    if (nomenclature == NafNomenclature.Naf2025 && prefix == "26.8")
                    {
                        // Reading 6 gives NAF 2025 the rév. 2 group prefixes; NAF 2025 (NACE Rev. 2.1) merged group
                        // 26.8 (magnetic and optical media) into 26.70, so this one matches no code (docs/nomenclatures.md).
                        continue;
                    }

                    AllCodes(nomenclature).Any(c => c.StartsWith(prefix)).Should().BeTrue($"{ruleSet.Id}: the prefix {prefix} ({nomenclature}) covers an existing code");
                }
            }
        }
    }

    private static System.Collections.Generic.IEnumerable<NafCode> AllCodes(NafNomenclature nomenclature)
    {
        for (int digits = 100; digits < 10000; digits++)
        {
            foreach (char letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            {
                NafCode code = NafCode.Parse(digits.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + letter, nomenclature);
                if (code.Exists)
                {
                    yield return code;
                }
            }
        }
    }
}
