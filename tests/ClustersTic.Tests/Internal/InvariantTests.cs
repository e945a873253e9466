using ClustersTic.Internal;
using NodaTime;
using NodaTime.Text;

namespace ClustersTic.Tests.Internal;

public sealed class InvariantTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(999, 12, 31)]
    [InlineData(2024, 2, 29)]
    [InlineData(9999, 12, 31)]
    [InlineData(0, 6, 15)]
    [InlineData(-5, 1, 1)]
    public void Date_IsTheIsoPattern(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        Invariant.Date(date).Should().Be(LocalDatePattern.Iso.Format(date));
    }

    [Fact]
    public void EnumNames_AreTheDeclaredNames_InDeclarationOrder_AndAnUndeclaredValueIsItsNumber()
    {
        EnumTable<ClustersTic.Companies.CompanySizeCategory>.Names.Should().Equal("Micro", "Small", "Medium", "Intermediate", "Large");
        EnumTable<ClustersTic.Companies.CompanySizeCategory>.Values.Should().Equal(
            ClustersTic.Companies.CompanySizeCategory.Micro, ClustersTic.Companies.CompanySizeCategory.Small, ClustersTic.Companies.CompanySizeCategory.Medium,
            ClustersTic.Companies.CompanySizeCategory.Intermediate, ClustersTic.Companies.CompanySizeCategory.Large);
        Invariant.Name(ClustersTic.Companies.CompanySizeCategory.Intermediate).Should().Be("Intermediate");
        Invariant.Name(ClustersTic.Identifiers.IdentifierParseFailure.Checksum).Should().Be("Checksum");
        Invariant.Name((ClustersTic.Companies.CompanySizeCategory)42).Should().Be("42");
    }
}

public sealed class ArrayPrefixTests
{
    [Fact]
    public void ShowsOnlyTheFirstCountItems()
    {
        var list = new ClustersTic.Internal.ArrayPrefix<string>(["a", "b", "c", "unused"], 3);

        list.Should().Equal("a", "b", "c");
        list.Count.Should().Be(3);
        list[2].Should().Be("c");
        FluentActions.Invoking(() => list[3]).Should().Throw<System.ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => list[-1]).Should().Throw<System.ArgumentOutOfRangeException>();
        System.Linq.Enumerable.Cast<string>((System.Collections.IEnumerable)list).Should().Equal("a", "b", "c");
        list.AsSpan().ToArray().Should().Equal("a", "b", "c");
    }

    [Fact]
    public void RecordLists_AreCopiesThatCannotBeChanged()
    {
        var memberships = new System.Collections.Generic.List<ClustersTic.Companies.ClusterMembership> { new("spn", new NodaTime.LocalDate(2020, 1, 1)) };
        ClustersTic.Companies.Company company = Support.Fixtures.Company() with { Memberships = memberships };
        memberships.Add(new("peba", new NodaTime.LocalDate(2020, 1, 1)));

        company.Memberships.Should().HaveCount(1, "the record keeps its own copy");
        company.MembershipItems.Length.Should().Be(1);
        company.Memberships.Should().NotBeAssignableTo<System.Collections.Generic.ICollection<ClustersTic.Companies.ClusterMembership>>("the copy offers no way to change it");
        (Support.Fixtures.Company() with { ClosedYears = [] }).ClosedYearItems.Length.Should().Be(0);
    }
}
