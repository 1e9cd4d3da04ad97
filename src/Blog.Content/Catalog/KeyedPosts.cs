using Blog.Content.Posts;

namespace Blog.Content.Catalog;

/// <summary>
/// Posts in the ordinal order of their keys (the path of the post without <c>.md</c> and language: the
/// order a load lists them in), with the keys, so that a few changed posts find their places by binary
/// search. Never written after it is made: <see cref="With"/> makes another.
/// </summary>
internal sealed class KeyedPosts
{
    private readonly string[] _keys;
    private readonly Post[] _posts;

    private KeyedPosts(string[] keys, Post[] posts)
    {
        _keys = keys;
        _posts = posts;
    }

    public static KeyedPosts Empty { get; } = new([], []);

    public IReadOnlyList<Post> Posts => _posts;

    public IReadOnlyList<string> Keys => _keys;

    /// <summary>Keys and posts already in order (checked: a load's order is the keys' order).</summary>
    public static KeyedPosts Of(IReadOnlyList<string> keys, IReadOnlyList<Post> posts)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(keys.Count, posts.Count);
        var k = keys.ToArray();
        var p = posts.ToArray();
        for (var i = 1; i < k.Length; i++)
        {
            if (StringComparer.Ordinal.Compare(k[i - 1], k[i]) >= 0)
            {
                Array.Sort(k, p, StringComparer.Ordinal);
                break;
            }
        }

        return new KeyedPosts(k, p);
    }

    public Post? Find(string key) => Array.BinarySearch(_keys, key, StringComparer.Ordinal) is var at and >= 0 ? _posts[at] : null;

    /// <summary>The same posts with each key given set to its post, or taken out where the post is null.</summary>
    public KeyedPosts With(IEnumerable<(string Key, Post? Post)> changes)
    {
        // The last word on a key counts; then one merge of two sorted runs.
        var last = new Dictionary<string, Post?>(StringComparer.Ordinal);
        foreach (var (key, post) in changes)
        {
            last[key] = post;
        }

        if (last.Count == 0)
        {
            return this;
        }

        var sorted = last.ToArray();
        Array.Sort(sorted, (a, b) => StringComparer.Ordinal.Compare(a.Key, b.Key));
        var keys = new List<string>(_keys.Length + sorted.Length);
        var posts = new List<Post>(_keys.Length + sorted.Length);
        var i = 0;
        foreach (var (key, post) in sorted)
        {
            var at = Array.BinarySearch(_keys, i, _keys.Length - i, key, StringComparer.Ordinal);
            var end = at >= 0 ? at : ~at;
            keys.AddRange(new ArraySegment<string>(_keys, i, end - i));
            posts.AddRange(new ArraySegment<Post>(_posts, i, end - i));
            if (post is not null)
            {
                keys.Add(key);
                posts.Add(post);
            }

            i = at >= 0 ? at + 1 : end;
        }

        keys.AddRange(new ArraySegment<string>(_keys, i, _keys.Length - i));
        posts.AddRange(new ArraySegment<Post>(_posts, i, _posts.Length - i));
        return new KeyedPosts([.. keys], [.. posts]);
    }
}
