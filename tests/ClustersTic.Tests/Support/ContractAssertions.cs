using System;

namespace ClustersTic.Tests.Support;

/// <summary>Shared checks of the equality and ordering contracts of value types.</summary>
internal static class ContractAssertions
{
    /// <summary>Checks Equals, GetHashCode, the == and != operators, and CompareTo for two equal values
    /// and one greater value.</summary>
    public static void AssertValueContract<T>(T value, T equal, T greater, Func<T, T, bool> eq, Func<T, T, bool> ne,
        Func<T, T, bool> lt, Func<T, T, bool> le, Func<T, T, bool> gt, Func<T, T, bool> ge)
        where T : struct, IEquatable<T>, IComparable<T>, IComparable
    {
        value.Equals(equal).Should().BeTrue();
        value.Equals((object)equal).Should().BeTrue();
        value.GetHashCode().Should().Be(equal.GetHashCode());
        value.Equals(greater).Should().BeFalse();
        value.Equals((object?)null).Should().BeFalse();
        value.Equals(new object()).Should().BeFalse();
        eq(value, equal).Should().BeTrue();
        ne(value, equal).Should().BeFalse();
        eq(value, greater).Should().BeFalse();
        ne(value, greater).Should().BeTrue();

        value.CompareTo(equal).Should().Be(0);
        value.CompareTo(greater).Should().BeNegative();
        greater.CompareTo(value).Should().BePositive();
        value.CompareTo((object)greater).Should().BeNegative();
        value.CompareTo(null).Should().BePositive();
        FluentActions.Invoking(() => value.CompareTo("not a value")).Should().Throw<ArgumentException>();

        lt(value, greater).Should().BeTrue();
        lt(value, equal).Should().BeFalse();
        le(value, equal).Should().BeTrue();
        le(greater, value).Should().BeFalse();
        gt(greater, value).Should().BeTrue();
        gt(value, equal).Should().BeFalse();
        ge(value, equal).Should().BeTrue();
        ge(value, greater).Should().BeFalse();
    }
}
