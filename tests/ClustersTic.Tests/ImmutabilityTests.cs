using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ClustersTic.DataSets;
using ClustersTic.RuleSets;
using ClustersTic.Samples;
using ClustersTic.Tests.Support;

namespace ClustersTic.Tests;

/// <summary>Immutable in fact (issue 12): no public collection of a rule set, its parameters, its charter, a
/// data set's records or a decision can be changed through a cast.</summary>
public sealed class ImmutabilityTests
{
    [Fact]
    public void EveryPublicCollection_ResistsTheCasts()
    {
        var roots = new List<object>();
        roots.AddRange(RuleSetCatalog.Embedded.RuleSets);
        roots.Add(RuleSetCatalog.Embedded);
        DataSet data = SampleData.Load();
        roots.Add(data);
        roots.Add(Fixtures.Rules.Evaluate(data, SampleData.ReferenceDate));

        var problems = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        int collections = 0;
        foreach (object root in roots)
        {
            Walk(root, root.GetType().Name, seen, problems, ref collections, depth: 0);
        }

        collections.Should().BeGreaterThan(20, "the walk must reach the collections");
        string.Join("\n", problems).Should().BeEmpty();
    }

    [Fact]
    public void TheSharedEmbeddedRuleSet_CannotBeAlteredThroughAnArrayCast()
    {
        RuleSet v1 = RuleSetCatalog.Embedded.Get("v1");
        IReadOnlyList<string> sectors = v1.CompanyEligibility.DigitalSectorRev2;
        (sectors is string[]).Should().BeFalse();
        (sectors is List<string>).Should().BeFalse();
        FluentActions.Invoking(() => ((IList<string>)sectors)[0] = "01").Should().Throw<Exception>();
        v1.CompanyEligibility.DigitalSectorRev2[0].Should().Be("26.1");
    }

    private static void Walk(object value, string path, HashSet<object> seen, List<string> problems, ref int collections, int depth)
    {
        if (depth > 8 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items && value.GetType().Namespace?.StartsWith("System.Text.Json", StringComparison.Ordinal) != true)
        {
            collections++;
            Check(value, path, problems);
            int i = 0;
            foreach (object? item in items)
            {
                if (item is not null && i++ < 3)
                {
                    Walk(item, path + "[" + (i - 1) + "]", seen, problems, ref collections, depth + 1);
                }
            }
        }

        if (value.GetType().Namespace?.StartsWith("ClustersTic", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            object? child = property.GetValue(value);
            if (child is not null)
            {
                Walk(child, path + "." + property.Name, seen, problems, ref collections, depth + 1);
            }
        }
    }

    private static void Check(object collection, string path, List<string> problems)
    {
        Type type = collection.GetType();
        if (type.IsArray)
        {
            problems.Add($"{path} is an array ({type.Name}): a cast to it allows changes.");
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            problems.Add($"{path} is a List<T>: a cast to it allows changes.");
            return;
        }

        if (collection is IList list && !list.IsReadOnly)
        {
            problems.Add($"{path} ({type.Name}) is a writable IList.");
        }

        Type? collectionInterface = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>));
        if (collectionInterface is not null && !(bool)collectionInterface.GetProperty("IsReadOnly")!.GetValue(collection)!)
        {
            problems.Add($"{path} ({type.Name}) is a writable ICollection<T>.");
        }
    }

    [Fact]
    public void RecordsThatHoldLists_CompareByValue()
    {
        DataSet first = SampleData.Load();
        DataSet second = SampleData.Load();
        for (int i = 0; i < first.Companies.Count; i++)
        {
            first.Companies[i].Should().Be(second.Companies[i]);
            first.Companies[i].GetHashCode().Should().Be(second.Companies[i].GetHashCode());
        }

        first.Clusters.Should().Equal(second.Clusters);
        first.Assessments.Should().Equal(second.Assessments);
        first.Signatures.Should().Equal(second.Signatures);

        var company = Fixtures.Company();
        (company with { Memberships = company.Memberships!.ToArray() }).Should().Be(company, "a copied list holds the same items");
        (company with { Memberships = [] }).Should().NotBe(company);
        (company with { Memberships = null }).Should().NotBe(company with { Memberships = [] }, "not given is not none");
        var signature = first.Signatures[0];
        (signature with { Reviews = null }).Should().NotBe(signature with { Reviews = [] });
    }
}
