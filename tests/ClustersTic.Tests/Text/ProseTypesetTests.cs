using System;
using ClustersTic.Text;

namespace ClustersTic.Tests.Text;

/// <summary><see cref="Prose.Typeset"/>: an application's own French text typeset as the library's is.</summary>
public sealed class ProseTypesetTests
{
    [Theory]
    [InlineData("Résultat : éligible", "Résultat\u00A0: éligible")]
    [InlineData("Vraiment ? Oui ! Non ; 12 %", "Vraiment\u202F? Oui\u202F! Non\u202F; 12\u202F%")]
    [InlineData("l'entreprise", "l\u2019entreprise")]
    [InlineData("le cluster « Loire Numérique »", "le cluster «\u202FLoire Numérique\u202F»")]
    [InlineData("« a:b ; c'est » reste tel quel", "«\u202Fa:b ; c'est\u202F» reste tel quel")]
    [InlineData("https://exemple.fr", "https://exemple.fr")]
    public void FrenchText_GetsFrenchSpacingAndApostrophes(string plain, string typeset) =>
        Prose.Typeset(plain).Should().Be(typeset);

    [Fact]
    public void Typeset_IsIdempotent_AndRefusesNull()
    {
        string once = Prose.Typeset("Niveau : Confirmé ; score : 95,8 %");
        Prose.Typeset(once).Should().Be(once);
        FluentActions.Invoking(() => Prose.Typeset(null!)).Should().Throw<ArgumentNullException>().WithParameterName("french");
    }
}
