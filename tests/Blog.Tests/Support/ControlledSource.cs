using Blog.Content.Catalog;
using Blog.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Blog.Tests.Support;

/// <summary>
/// The app's real folder loader, which a test can make stall (until released) or fail: a load that
/// hangs or breaks, exactly when the test needs it, without depending on how fast this machine is.
/// </summary>
internal sealed class ControlledSource : IPostSource, IDisposable
{
    private readonly ManualResetEventSlim _go = new(initialState: true);
    private readonly ManualResetEventSlim _entered = new(initialState: false);
    private volatile Exception? _failure;
    private FolderPostSource? _inner;

    public void Dispose()
    {
        _go.Set();
        _go.Dispose();
        _entered.Dispose();
    }

    /// <summary>Loads from now on wait until <see cref="Release"/>.</summary>
    public void Stall() => _go.Reset();

    public void Release() => _go.Set();

    /// <summary>Loads from now on throw this (null: load normally again).</summary>
    public void FailWith(Exception? failure) => _failure = failure;

    /// <summary>True once a load has begun (and, when stalled, is waiting).</summary>
    public bool Entered => _entered.IsSet;

    public void ReplaceIn(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<IPostSource>(provider =>
        {
            _inner = ActivatorUtilities.CreateInstance<FolderPostSource>(provider);
            return this;
        }));

    public LoadResult Load()
    {
        _entered.Set();
        _go.Wait();
        if (_failure is { } failure)
        {
            throw failure;
        }

        return _inner!.Load();
    }
}
