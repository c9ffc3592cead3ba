using Microsoft.Extensions.Logging;

namespace IntegrationFramework.ScoringService.Tests;

/// <summary>What the service logs, line by line (with any exception's text), for tests that read the log.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly List<string> lines = [];

    /// <summary>The lines logged so far, a copy.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    /// <summary>The lines logged so far, one after another.</summary>
    public string Text => string.Join(Environment.NewLine, Lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (logs.lines)
            {
                logs.lines.Add(formatter(state, exception) + exception);
            }
        }
    }
}
