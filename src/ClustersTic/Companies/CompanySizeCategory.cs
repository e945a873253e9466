namespace ClustersTic.Companies;

/// <summary>
/// The company size categories of décret n° 2008-1354 (art. 3) and EU recommendation 2003/361/EC,
/// ordered from smallest to largest.
/// </summary>
public enum CompanySizeCategory
{
    /// <summary>Micro-enterprise (TPE): fewer than 10 persons and turnover or balance sheet ≤ 2 M€.</summary>
    Micro = 0,

    /// <summary>Small enterprise: fewer than 50 persons and turnover or balance sheet ≤ 10 M€.</summary>
    Small = 1,

    /// <summary>Medium-sized enterprise (with micro and small, a PME): fewer than 250 persons and turnover
    /// ≤ 50 M€ or balance sheet ≤ 43 M€.</summary>
    Medium = 2,

    /// <summary>Intermediate-sized enterprise (ETI): fewer than 5,000 persons and turnover ≤ 1,500 M€ or
    /// balance sheet ≤ 2,000 M€.</summary>
    Intermediate = 3,

    /// <summary>Large enterprise: any company above the ETI limits.</summary>
    Large = 4,
}
