using Blog.Content.Catalog;

namespace Blog.Content.Tests.Catalog;

public sealed class LayeredMapTests
{
    private static Dictionary<string, string> Base(int count) =>
        Enumerable.Range(0, count).ToDictionary(i => $"k{i}", i => $"v{i}", StringComparer.Ordinal);

    [Fact]
    public void Changes_show_over_the_base_and_the_earlier_map_is_left_as_it_was()
    {
        var first = new LayeredMap<string>(Base(3));

        var second = first.With([new("k0", "changed"), new("k1", null), new("new", "added")]);

        Assert.Equal("changed", second.Find("k0"));
        Assert.Null(second.Find("k1"));
        Assert.Equal("added", second.Find("new"));
        Assert.Equal("v2", second.Find("k2"));
        Assert.Equal(3, second.Count);
        Assert.Equal(["k0=changed", "k2=v2", "new=added"], second.Entries.Select(e => $"{e.Key}={e.Value}").Order(StringComparer.Ordinal));
        Assert.Equal("v0", first.Find("k0"));
        Assert.Equal("v1", first.Find("k1"));
        Assert.Null(first.Find("new"));
        Assert.Equal(3, first.Count);
    }

    [Fact]
    public void A_key_taken_out_and_put_back_is_found_again()
    {
        var map = new LayeredMap<string>(Base(2)).With([new("k0", null)]).With([new("k0", "back"), new("gone", null)]);

        Assert.Equal("back", map.Find("k0"));
        Assert.Equal(2, map.Count);
    }

    [Fact]
    public void Many_changes_fold_into_a_new_base_that_finds_the_same()
    {
        var map = new LayeredMap<string>(Base(100));
        var expected = Base(100);
        for (var i = 0; i < 3000; i++)
        {
            var key = $"k{i % 150}";
            var value = i % 7 == 0 ? null : $"w{i}";
            map = map.With([new(key, value)]);
            if (value is null)
            {
                expected.Remove(key);
            }
            else
            {
                expected[key] = value;
            }
        }

        Assert.Equal(expected.Count, map.Count);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), map.Entries.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.All(expected, e => Assert.Equal(e.Value, map.Find(e.Key)));
    }
}
