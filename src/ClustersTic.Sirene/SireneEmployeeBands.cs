namespace ClustersTic.Sirene;

/// <summary>INSEE's employee bands (<c>tranche d'effectif salarié</c>) as intervals of employees: the register
/// gives a band, not a headcount, so a size read from it is an interval — and an unknown band stays unknown.</summary>
public static class SireneEmployeeBands
{
    /// <summary>The interval of employees a band stands for: <c>NN</c> (no employee over the year) and <c>00</c>
    /// (none on 31 December) are 0–0, <c>01</c> is 1–2, … <c>53</c> is 10,000 or more (no upper bound: null).</summary>
    /// <param name="band">The band's code, as the stock file writes it.</param>
    /// <param name="minimum">The interval's lower bound.</param>
    /// <param name="maximum">The interval's upper bound, or null for the last band.</param>
    /// <returns>False when the band is not one of INSEE's codes (or is not given).</returns>
    public static bool TryGetInterval(string? band, out int minimum, out int? maximum)
    {
        (minimum, maximum, bool known) = band switch
        {
            "NN" or "00" => (0, (int?)0, true),
            "01" => (1, 2, true),
            "02" => (3, 5, true),
            "03" => (6, 9, true),
            "11" => (10, 19, true),
            "12" => (20, 49, true),
            "21" => (50, 99, true),
            "22" => (100, 199, true),
            "31" => (200, 249, true),
            "32" => (250, 499, true),
            "41" => (500, 999, true),
            "42" => (1000, 1999, true),
            "51" => (2000, 4999, true),
            "52" => (5000, 9999, true),
            "53" => (10000, null, true),
            _ => (0, null, false),
        };
        return known;
    }
}
