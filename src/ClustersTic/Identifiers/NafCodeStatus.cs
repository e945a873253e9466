namespace ClustersTic.Identifiers;

/// <summary>What a piece of text is as a NAF code: a code of its nomenclature, or why it is not one
/// (<see cref="NafNomenclatures.Check(string?, NafNomenclature?)"/>).</summary>
public enum NafCodeStatus
{
    /// <summary>A well-formed code that exists in its nomenclature.</summary>
    Known = 0,

    /// <summary>Nothing given: null, empty or only white space (reading 43).</summary>
    NotGiven,

    /// <summary>Not a NAF code: neither <c>NN.NNL</c> nor <c>NNNNL</c> (reading 4).</summary>
    NotWellFormed,

    /// <summary>A code of the former nomenclature, NAF rév. 1 (<c>72.2Z</c>, <c>722A</c>): it must be
    /// recoded in NAF rév. 2 or NAF 2025.</summary>
    OldNomenclature,

    /// <summary>Well formed, but no such code exists in its nomenclature (<c>99.99Z</c>).</summary>
    NotInNomenclature,
}
