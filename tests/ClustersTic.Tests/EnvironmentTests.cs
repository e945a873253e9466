using System;
using System.Globalization;

namespace ClustersTic.Tests;

/// <summary>Proves that CI's second pass really runs under the culture and time zone it asks for
/// (CLUSTERSTIC_EXPECT_CULTURE, CLUSTERSTIC_EXPECT_TZ); in an ordinary run nothing is asked.</summary>
public sealed class EnvironmentTests
{
    [Fact]
    public void CultureAndTimeZone_AreThoseTheRunAskedFor()
    {
        string? culture = Environment.GetEnvironmentVariable("CLUSTERSTIC_EXPECT_CULTURE");
        string? zone = Environment.GetEnvironmentVariable("CLUSTERSTIC_EXPECT_TZ");
        if (culture is not null)
        {
            CultureInfo.CurrentCulture.Name.Should().Be(culture);
        }

        if (zone is not null)
        {
            TimeZoneInfo.Local.Id.Should().Be(zone);
        }
    }
}
