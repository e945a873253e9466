using System;
using System.Linq;
using System.Reflection;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Signatures;
using ClustersTic.Text;

namespace ClustersTic.Tests.Text;

/// <summary>The one label table (issue 13): every enumeration value shown to people has a French and an English
/// label, and every public enumeration of the library is in the table.</summary>
public sealed class LabelsTests
{
    [Fact]
    public void EveryPublicEnumeration_ExceptTheLanguage_HasATable_WithARowForEachValue()
    {
        Type[] enums = typeof(Labels).Assembly.GetExportedTypes().Where(t => t.IsEnum && t != typeof(Language)).ToArray();

        enums.Should().NotBeEmpty();
        Labels.All.Select(l => l.EnumType).Should().BeEquivalentTo(enums, "every value shown to people reads from the one table");
        foreach (EnumLabels table in Labels.All)
        {
            string[] names = Enum.GetNames(table.EnumType);
            table.Count.Should().Be(names.Length, table.EnumType.Name);
            for (int i = 0; i < table.Count; i++)
            {
                names.Should().Contain(table.Name(i), table.EnumType.Name);
                table.LabelsAt(i).French.Should().NotBeNullOrWhiteSpace(table.Name(i));
                table.LabelsAt(i).English.Should().NotBeNullOrWhiteSpace(table.Name(i));
            }

            Enumerable.Range(0, table.Count).Select(table.Name).Should().OnlyHaveUniqueItems();
        }
    }

    [Fact]
    public void Get_ReadsTheTable_AndAValueOutsideItsEnumerationAsItsNumber()
    {
        Labels.Get(DueKind.Review, Language.French).Should().Be("revue annuelle");
        Labels.Get(DueKind.Review, Language.English).Should().Be("annual review");
        Labels.Get(CompanySizeCategory.Intermediate, Language.English).Should().Be("intermediate-sized enterprise", "no French word in English text");
        Labels.SizeName(CompanySizeCategory.Intermediate, Language.English).Should().Be(Labels.Get(CompanySizeCategory.Intermediate, Language.English), "one label per value, whatever the caller");
        Labels.LevelName(CharterLevel.Exemplary).Should().Be("Exemplaire");
        Labels.Get((CharterLevel)42, Language.French).Should().Be("42");
        ((Func<string>)(() => Labels.Get(BindingFlags.Public, Language.French))).Should().Throw<ArgumentException>();
        Labels.Get(DueKind.Review, ClustersTic.Tests.Support.Cultures.Get("en-GB")).Should().Be("annual review");
        Labels.Get(DueKind.Review, ClustersTic.Tests.Support.Cultures.Get("fr-CA")).Should().Be("revue annuelle");
    }
}
