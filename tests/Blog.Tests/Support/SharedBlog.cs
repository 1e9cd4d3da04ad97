using Blog.Testing;

namespace Blog.Tests.Support;

/// <summary>
/// One host for all the tests of a class that only read: the posts are written once, before the first
/// request, and no test changes a file, a setting or the clock, or asserts on a log or cache the others
/// would add to. Starting a host costs far more than the requests such a test makes. A class whose tests
/// change anything keeps a host of its own per test.
/// </summary>
public sealed class SharedBlog : IDisposable
{
    private readonly Lock _gate = new();
    private readonly BlogFactory _factory = new();
    private bool _prepared;

    /// <summary>The class's host; <paramref name="prepare"/> runs for the first test only.</summary>
    internal BlogFactory Prepared(Action<BlogFactory> prepare)
    {
        lock (_gate)
        {
            if (!_prepared)
            {
                prepare(_factory);
                _prepared = true;
            }
        }

        return _factory;
    }

    public void Dispose() => _factory.Dispose();
}
