using System.Globalization;
using System.Linq;
using ClustersTic.Companies;
using ClustersTic.Identifiers;
using ClustersTic.RuleSets;
using ClustersTic.Tests.Support;

namespace ClustersTic.Tests.RuleSets;

/// <summary>The digital sector is looked up in a table built from the prefix list; it must answer exactly as
/// matching every prefix would, for every code of both nomenclatures.</summary>
public sealed class SectorTableTests
{
    private static readonly char[] Letters = ['A', 'B', 'C', 'P', 'Y', 'Z'];

    private static void AgreesWithThePrefixes(CompanyEligibilityParameters parameters)
    {
        int mismatches = 0;
        int inSector = 0;
        foreach (NafNomenclature nomenclature in new[] { NafNomenclature.Rev2, NafNomenclature.Naf2025 })
        {
            var prefixes = nomenclature == NafNomenclature.Rev2 ? parameters.DigitalSectorRev2 : parameters.DigitalSectorNaf2025;
            for (int digits = 0; digits < 10_000; digits++)
            {
                foreach (char letter in Letters)
                {
                    NafCode code = NafCode.Parse(digits.ToString("D4", CultureInfo.InvariantCulture) + letter, nomenclature);
                    bool expected = prefixes.Any(code.StartsWith);
                    bool actual = parameters.IsDigitalSector(code);
                    mismatches += expected == actual ? 0 : 1;
                    inSector += actual ? 1 : 0;
                }
            }
        }

        mismatches.Should().Be(0);
        inSector.Should().BeGreaterThan(0);
    }

    [Fact]
    public void EmbeddedRuleSets_TableAgreesWithThePrefixes()
    {
        foreach (RuleSet ruleSet in RuleSetCatalog.Embedded.RuleSets)
        {
            AgreesWithThePrefixes(ruleSet.CompanyEligibility);
        }
    }

    [Fact]
    public void DivisionsGroupsClassesAndSubclasses_TableAgreesWithThePrefixes()
    {
        RuleSet custom = RuleSetText.Build(r =>
        {
            r["companyEligibility"]!["digitalSector"]!["rev2"] = new System.Text.Json.Nodes.JsonArray("00", "26.1", "58.21", "62.01Z", "99", "99.99Y");
            r["companyEligibility"]!["digitalSector"]!["naf2025"] = new System.Text.Json.Nodes.JsonArray("63.91", "70.22P", "95");
        });

        AgreesWithThePrefixes(custom.CompanyEligibility);
        custom.CompanyEligibility.IsDigitalSector(NafCode.Parse("62.01Z", NafNomenclature.Rev2)).Should().BeTrue();
        custom.CompanyEligibility.IsDigitalSector(NafCode.Parse("62.01A", NafNomenclature.Rev2)).Should().BeFalse("only the sub-class 62.01Z is listed");
        custom.CompanyEligibility.IsDigitalSector(NafCode.Parse("62.01Z", NafNomenclature.Naf2025)).Should().BeFalse("each nomenclature has its own list");
    }
}
