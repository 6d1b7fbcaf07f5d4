namespace StorageOps.StatesLanguage.Time;

/// <summary>
/// A discrete-event clock. Time only moves when nobody is working: while at least one activity is open
/// (<see cref="BeginActivity"/>), the clock stands still; once every activity is suspended on a virtual timer
/// (<see cref="WaitAsync"/>) or closed, the clock jumps to the earliest due timer and fires it.
/// </summary>
public sealed class VirtualClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly PriorityQueue<ScheduledTimer, (DateTimeOffset Due, long Sequence)> _timers = new();
    // Written only under _gate; read without it, since every history event asks for the time.
    private long _nowTicks;
    private long _nextSequence;
    private int _activeCount;
    private bool _advancing;

    public VirtualClock(DateTimeOffset start)
    {
        _nowTicks = start.UtcTicks;
    }

    public override DateTimeOffset GetUtcNow() => new(Volatile.Read(ref _nowTicks), TimeSpan.Zero);

    private DateTimeOffset Now
    {
        get => new(_nowTicks, TimeSpan.Zero);
        set => Volatile.Write(ref _nowTicks, value.UtcTicks);
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Number of open (not suspended) activities; the clock advances only when this is zero.</summary>
    public int ActiveCount
    {
        get
        {
            lock (_gate)
            {
                return _activeCount;
            }
        }
    }

    /// <summary>Number of timers waiting for virtual time to reach them.</summary>
    public int PendingTimerCount
    {
        get
        {
            lock (_gate)
            {
                return _timers.UnorderedItems.Count(item => item.Element.IsLive);
            }
        }
    }

    /// <summary>
    /// Marks the caller as doing work: virtual time stands still until the returned scope is disposed.
    /// Hold one while starting several executions so that they all start at the same virtual instant.
    /// </summary>
    public IDisposable BeginActivity()
    {
        lock (_gate)
        {
            _activeCount++;
        }

        return new ActivityScope(this);
    }

    /// <summary>
    /// Suspends the caller's activity until virtual time has advanced by <paramref name="delay"/>, then resumes it.
    /// Must be called from inside an activity (an execution, or a <see cref="BeginActivity"/> scope).
    /// </summary>
    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var waiter = new ActivityWaiter();
        lock (_gate)
        {
            if (_activeCount <= 0)
            {
                throw new InvalidOperationException("VirtualClock.WaitAsync must be called from inside an activity (see BeginActivity).");
            }

            Enqueue(waiter, DueAfter(delay));
            _activeCount--;
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.Register(() => CancelWaiter(waiter, cancellationToken));
        }

        TryAdvance();
        return waiter.Completion.Task;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    internal void Schedule(VirtualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            timer.Generation++;
            timer.Period = period;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                timer.IsCancelled = true;
                return;
            }

            timer.IsCancelled = false;
            var entry = new CallbackTimer(timer, timer.Generation);
            Enqueue(entry, DueAfter(dueTime));
        }

        TryAdvance();
    }

    internal void Cancel(VirtualTimer timer)
    {
        lock (_gate)
        {
            timer.Generation++;
            timer.IsCancelled = true;
        }
    }

    /// <summary>
    /// Hands the caller's activity over to work it started itself (Parallel branches, Map iterations): the caller no
    /// longer holds the clock, the activities it began for that work do. Pair with <see cref="ResumeActivity"/>, called
    /// by the last of that work while it still holds its own activity, so that no instant is skipped in between.
    /// </summary>
    internal void SuspendActivity()
    {
        lock (_gate)
        {
            _activeCount--;
        }

        TryAdvance();
    }

    internal void ResumeActivity()
    {
        lock (_gate)
        {
            _activeCount++;
        }
    }

    private void EndActivity()
    {
        lock (_gate)
        {
            _activeCount--;
        }

        TryAdvance();
    }

    /// <summary>A delay reaching past the last representable instant is due at that instant: virtual time cannot go further.</summary>
    private DateTimeOffset DueAfter(TimeSpan delay) => DueAfter(Now, delay);

    private static DateTimeOffset DueAfter(DateTimeOffset from, TimeSpan delay)
    {
        if (delay <= TimeSpan.Zero)
        {
            return from;
        }

        return delay >= DateTimeOffset.MaxValue - from ? DateTimeOffset.MaxValue : from + delay;
    }

    private void Enqueue(ScheduledTimer timer, DateTimeOffset due) => _timers.Enqueue(timer, (due, _nextSequence++));

    private void CancelWaiter(ActivityWaiter waiter, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (waiter.IsFired || waiter.IsCancelled)
            {
                return;
            }

            waiter.IsCancelled = true;
            _activeCount++;
        }

        waiter.Completion.TrySetCanceled(cancellationToken);
    }

    private void TryAdvance()
    {
        while (true)
        {
            List<ScheduledTimer> due;
            lock (_gate)
            {
                if (_advancing || _activeCount > 0)
                {
                    return;
                }

                due = PopEarliestLiveTimers();
                if (due.Count == 0)
                {
                    return;
                }

                _advancing = true;
                // Firing timers is work: nothing else may move the clock until their consequences are in motion.
                _activeCount++;
            }

            try
            {
                foreach (var timer in due)
                {
                    timer.Fire(this);
                }
            }
            finally
            {
                lock (_gate)
                {
                    _advancing = false;
                    _activeCount--;
                }
            }
        }
    }

    /// <summary>
    /// Moves the clock to the earliest live timer and takes every timer due at that same instant, so that executions
    /// woken together run concurrently. Waiters resume their activity here, before anyone can observe an idle clock.
    /// </summary>
    private List<ScheduledTimer> PopEarliestLiveTimers()
    {
        var due = new List<ScheduledTimer>();
        while (_timers.TryPeek(out var timer, out var priority))
        {
            if (!timer.IsLive)
            {
                _timers.Dequeue();
                continue;
            }

            if (due.Count > 0 && priority.Due > Now)
            {
                break;
            }

            _timers.Dequeue();
            if (priority.Due > Now)
            {
                Now = priority.Due;
            }

            if (timer is ActivityWaiter waiter)
            {
                waiter.IsFired = true;
                _activeCount++;
            }
            else if (timer is CallbackTimer callback && callback.Owner.Period > TimeSpan.Zero && callback.Owner.Period != Timeout.InfiniteTimeSpan)
            {
                Enqueue(callback, DueAfter(priority.Due, callback.Owner.Period));
            }

            due.Add(timer);
        }

        return due;
    }

    private abstract class ScheduledTimer
    {
        public bool IsCancelled { get; set; }

        public virtual bool IsLive => !IsCancelled;

        public abstract void Fire(VirtualClock clock);
    }

    private sealed class ActivityWaiter : ScheduledTimer
    {
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool IsFired { get; set; }

        public override bool IsLive => !IsCancelled && !IsFired;

        public CancellationTokenRegistration Registration { get; set; }

        public override void Fire(VirtualClock clock)
        {
            Registration.Dispose();
            Completion.TrySetResult();
        }
    }

    private sealed class CallbackTimer(VirtualTimer owner, long generation) : ScheduledTimer
    {
        public VirtualTimer Owner { get; } = owner;

        public long Generation { get; } = generation;

        public override bool IsLive => Generation == Owner.Generation && !Owner.IsCancelled;

        public override void Fire(VirtualClock clock) => Owner.Invoke();
    }

    private sealed class ActivityScope(VirtualClock clock) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                clock.EndActivity();
            }
        }
    }
}
