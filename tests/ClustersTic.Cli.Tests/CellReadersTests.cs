using ClustersTic.Cli.Tabular;
using NodaTime;

namespace ClustersTic.Cli.Tests;

/// <summary>How a table's cells are read (README, "Tabular input").</summary>
public sealed class CellReadersTests
{
    [Theory]
    [InlineData("1 234 567,89", "1234567.89")]
    [InlineData("1\u00A0234\u202F567,89", "1234567.89")]
    [InlineData("1.234.567,89", "1234567.89")]
    [InlineData("1,234,567.89", "1234567.89")]
    [InlineData("1234567.89", "1234567.89")]
    [InlineData("12,5", "12.5")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("  48 ", "48")]
    [InlineData("-4", "-4")]
    public void Numbers_AreReadTheFrenchOrTheInvariantWay(string cell, string expected)
    {
        CellReaders.TryNumber(cell, out decimal? value, out _).Should().BeTrue();
        value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("n.c.")]
    [InlineData("NC")]
    [InlineData("n/d")]
    [InlineData("-")]
    public void NotKnownMarks_AreNotGiven(string cell)
    {
        CellReaders.TryNumber(cell, out decimal? value, out _).Should().BeTrue();
        value.Should().BeNull();
    }

    [Theory]
    [InlineData("douze")]
    [InlineData("12 %")]
    [InlineData("1,2,3.4.5")]
    [InlineData("123456789012345678901234567890123456789012345678901234567890123456789")]
    public void Other_Text_IsNotANumber_AndSaysSo(string cell)
    {
        CellReaders.TryNumber(cell, out _, out (string French, string English) reason).Should().BeFalse();
        reason.English.Should().Contain("is not a number");
        reason.French.Should().Contain("n'est pas un nombre");
    }

    [Theory]
    [InlineData("01/03/2010", 2010, 3, 1)]
    [InlineData("1/3/2010", 2010, 3, 1)]
    [InlineData("2010-03-01", 2010, 3, 1)]
    [InlineData("2010-03-01T00:00:00", 2010, 3, 1)]
    public void Dates_AreFrenchOrIso(string cell, int year, int month, int day)
    {
        CellReaders.TryDate(cell, fromWorkbook: false, out LocalDate? date, out _).Should().BeTrue();
        date.Should().Be(new LocalDate(year, month, day));
    }

    [Fact]
    public void AWorkbookDateCell_IsItsSerialNumber_OnlyInAWorkbook()
    {
        CellReaders.TryDate("40238", fromWorkbook: true, out LocalDate? date, out _).Should().BeTrue();
        date.Should().Be(new LocalDate(2010, 3, 1));
        CellReaders.TryDate("40238", fromWorkbook: false, out _, out _).Should().BeFalse("a number in a CSV is not a date");
    }

    [Theory]
    [InlineData("31/02/2020")]
    [InlineData("03/01/10")]
    [InlineData("2020-13-01")]
    [InlineData("hier")]
    public void OtherDates_AreRefusedWithTheReason(string cell)
    {
        CellReaders.TryDate(cell, fromWorkbook: false, out _, out (string French, string English) reason).Should().BeFalse();
        reason.English.Should().Be("'" + cell + "' is not a date (dd/mm/yyyy or yyyy-mm-dd)");
    }

    [Theory]
    [InlineData("Actif", Companies.AdministrativeState.Active)]
    [InlineData("ACTIVE", Companies.AdministrativeState.Active)]
    [InlineData("A", Companies.AdministrativeState.Active)]
    [InlineData("Cessé", Companies.AdministrativeState.Ceased)]
    [InlineData("cesse", Companies.AdministrativeState.Ceased)]
    [InlineData("ceased", Companies.AdministrativeState.Ceased)]
    [InlineData("C", Companies.AdministrativeState.Ceased)]
    public void States_AreFrenchEnglishOrSirene(string cell, Companies.AdministrativeState expected)
    {
        CellReaders.TryState(cell, out Companies.AdministrativeState? state, out _).Should().BeTrue();
        state.Should().Be(expected);
    }

    [Fact]
    public void AnEmptyState_IsNotGiven_AndAnOtherOneIsRefused()
    {
        CellReaders.TryState(" ", out Companies.AdministrativeState? state, out _).Should().BeTrue();
        state.Should().BeNull();
        CellReaders.TryState("en sommeil", out _, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("Date de création", "date_de_creation")]
    [InlineData("  SIREN / SIRET ", "siren_siret")]
    [InlineData("Chiffre d’affaires", "chiffre_d_affaires")]
    [InlineData("\uFEFFNom", "nom")]
    [InlineData("Effectif (précédent)", "effectif_precedent")]
    public void Headers_AreComparedWithoutCaseAccentsOrPunctuation(string header, string key) =>
        CompanyFields.Normalize(header).Should().Be(key);

    [Fact]
    public void TheProgressLine_SaysPercentRowsAndRate_InTheLanguage()
    {
        Progress.Line(42, 100, 120_000, 2, new Texts(Text.Language.French)).Should().Be("42\u202F% — 120\u202F000 lignes, 60\u202F000 lignes/s");
        Progress.Line(42, 100, 120_000, 2, new Texts(Text.Language.English)).Should().Be("42% — 120,000 rows, 60,000 rows/s");
    }
}
