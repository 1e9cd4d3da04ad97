using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Blog.Testing;

/// <summary>
/// Receives the app's Serilog events (Program.cs reads sinks from DI), so tests can check what an
/// operator or author would read in the log.
/// </summary>
internal sealed class LogSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public IReadOnlyList<string> Messages(LogEventLevel level) =>
        Events.Where(e => e.Level == level).Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
