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
}
