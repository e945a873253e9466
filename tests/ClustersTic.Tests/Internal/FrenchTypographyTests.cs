using ClustersTic.Internal;

namespace ClustersTic.Tests.Internal;

public sealed class FrenchTypographyTests
{
    [Theory]
    [InlineData("Date : le 2", "Date\u00A0: le 2")]
    [InlineData("a ; b ! c ? d", "a\u202F; b\u202F! c\u202F? d")]
    [InlineData("25,0 %", "25,0\u202F%")]
    [InlineData("l'entreprise", "l\u2019entreprise")]
    [InlineData("« x »", "«\u202Fx\u202F»")]
    [InlineData("«x»", "«\u202Fx\u202F»")]
    [InlineData("Date:", "Date\u00A0:")]
    [InlineData("Date\u00A0:", "Date\u00A0:")]
    public void Apply_SetsTheSpacesAndApostrophes(string text, string expected) =>
        FrenchTypography.Apply(text).Should().Be(expected);

    [Fact]
    public void Apply_KeepsWhatIsQuoted_AsItIs()
    {
        // A value quoted from the input keeps its apostrophes, colons and spaces.
        FrenchTypography.Apply("Le cluster « d'Artagnan: 2 » est inconnu : l'adhésion")
            .Should().Be("Le cluster «\u202Fd'Artagnan: 2\u202F» est inconnu\u00A0: l\u2019adhésion");
        FrenchTypography.Apply("« {code} »").Should().Be("«\u202F{code}\u202F»");
    }
}
