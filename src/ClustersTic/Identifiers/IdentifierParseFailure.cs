namespace ClustersTic.Identifiers;

/// <summary>Why a piece of text is not a valid identifier or code.</summary>
/// <remarks>Returned by the <c>Validate</c> methods of the identifier types, so that a caller (or a
/// finding) can tell a typing error from a checksum error without parsing an exception message.</remarks>
public enum IdentifierParseFailure
{
    /// <summary>The text is a valid identifier.</summary>
    None = 0,

    /// <summary>The text is null, empty, or holds only ignorable spaces.</summary>
    Empty,

    /// <summary>The text holds a character that is neither an ASCII digit nor an ignorable space
    /// (space, U+00A0 or U+202F), or a letter where a digit is expected.</summary>
    InvalidCharacter,

    /// <summary>The text holds the wrong number of digits.</summary>
    WrongLength,

    /// <summary>Every digit is zero: such a number is never allocated.</summary>
    AllZeros,

    /// <summary>The digits fail the identifier's checksum (Luhn, La Poste rule, or VAT key).</summary>
    Checksum,

    /// <summary>For a SIRET, its first nine digits are not a valid SIREN; for a VAT number, its last nine digits are not.</summary>
    InvalidSiren,

    /// <summary>The text does not have the shape of the identifier (for example a VAT number not starting
    /// with <c>FR</c>, or a NAF code in neither <c>NN.NNL</c> nor <c>NNNNL</c> form).</summary>
    UnknownForm,

    /// <summary>The text is a code of a former nomenclature: a NAF rév. 1 code (<c>72.2Z</c>, <c>722A</c>),
    /// to be recoded in NAF rév. 2 or NAF 2025.</summary>
    FormerNomenclature,
}
