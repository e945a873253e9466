namespace ClustersTic.Identifiers;

/// <summary>The nomenclature a NAF activity code belongs to.</summary>
public enum NafNomenclature
{
    /// <summary>NAF rév. 2 (2008), e.g. <c>62.01Z</c>: the reference until 31 December 2026.</summary>
    Rev2 = 0,

    /// <summary>NAF 2025, the French version of NACE Rev. 2.1, e.g. <c>62.10Y</c>: the reference from
    /// 1 January 2027.</summary>
    Naf2025 = 1,
}
