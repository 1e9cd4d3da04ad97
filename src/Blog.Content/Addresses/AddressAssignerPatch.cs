using Blog.Content.Posts;

namespace Blog.Content.Addresses;

/// <summary>
/// Patching the last assignment for a few changed posts, when that provably gives what assigning every
/// post again would. An edit that keeps what addresses are made of (files, languages, slugs, date,
/// draft, aliases) keeps the addresses, notes and warnings it had. Any other change (a new post, one
/// deleted or renamed, a new slug or date) is patched only when it is isolated: its addresses are wanted
/// by no other post or page, no post that had to be qualified or was refused tried them, and no alias
/// is near; otherwise everything is assigned again.
/// </summary>
internal sealed partial class AddressAssigner
{
    private AssignState? _state;
    private PatchIndex? _index;

    /// <summary>The post with its addresses, for a post of the last assignment or patch; null when it was refused or is unknown.</summary>
    public Post? AssignedOf(Post post) => _previous.GetValueOrDefault(post);

    /// <summary>
    /// Patches the last assignment: each change is a post before and after (null for none). On success
    /// every post, note, warning and failure of the last assignment stands but the changed posts', and
    /// <see cref="AssignedOf"/> gives each new post with its addresses; the result's
    /// <see cref="AssignedAddresses.Posts"/> is not brought up to date (the caller keeps its own list).
    /// Null, with nothing changed, when the change may move anything else: then assign all again.
    /// </summary>
    public AssignedAddresses? Patch(IReadOnlyList<(Post? Before, Post? After)> changes, AddressRules rules)
    {
        if (_state is not { } state || !Equals(rules, state.Rules)
            || changes.Any(c => c.Before is { } before && !_previous.ContainsKey(before) && !state.Refused.Contains(before)))
        {
            return null;
        }

        var moving = changes.Where(c => !KeepsAddresses(c.Before, c.After)).ToList();
        Dictionary<ulong, int>? taken = null;
        if (moving.Count > 0 && !Isolated(moving, rules, state, out taken))
        {
            return null;
        }

        foreach (var (before, after) in changes)
        {
            var had = before is null ? null : _previous.GetValueOrDefault(before);
            var refused = before is not null && state.Refused.Remove(before);
            if (before is not null)
            {
                _previous.Remove(before);
            }

            if (after is null)
            {
                continue;
            }

            if (!KeepsAddresses(before, after))
            {
                _previous[after] = WithAddresses(after, [.. after.Translations.Select(t => rules.Permalink.Format(after, t))], []);
            }
            else if (refused)
            {
                state.Refused.Add(after);
            }
            else
            {
                _previous[after] = WithAddresses(after, [.. had!.Translations.Select(t => t.Address)], [.. had.Aliases]);
            }
        }

        _index?.Take(taken);
        return state.Result;
    }

    /// <summary>Makes the index a patch of a new, deleted or renamed post needs, if the last assignment was with these rules.</summary>
    public void Prepare(AddressRules rules)
    {
        if (_state is { } state && Equals(rules, state.Rules))
        {
            _index ??= PatchIndex.Of(_previous, state, rules);
        }
    }

    private void Remember(AddressRules rules, IReadOnlyList<Post> pages, AssignedAddresses assignment, HashSet<Post> refused)
    {
        _state = new AssignState(rules, pages, assignment, refused);
        _index = null;
    }

    /// <summary>Whether a post's addresses are made of the same things after the change: then the change moves no address.</summary>
    private static bool KeepsAddresses(Post? before, Post? after) =>
        before is not null && after is not null
        && before.SourceFile == after.SourceFile
        && before.Draft == after.Draft
        && (before.Date is { } a ? after.Date is { } b && a.HasTime == b.HasTime && a.Instant.EqualsExact(b.Instant) : after.Date is null)
        && before.Translations.Count == after.Translations.Count
        && before.Translations.Zip(after.Translations).All(t => t.First.Language == t.Second.Language && t.First.Slug == t.Second.Slug && t.First.SourceFile == t.Second.SourceFile)
        && before.Aliases.SequenceEqual(after.Aliases, StringComparer.Ordinal);

    /// <summary>
    /// Whether the posts going and coming touch nothing another post's or page's assignment depends on.
    /// <paramref name="taken"/> is what they change in the count of wanted addresses.
    /// </summary>
    private bool Isolated(List<(Post? Before, Post? After)> moving, AddressRules rules, AssignState state, out Dictionary<ulong, int> taken)
    {
        var index = _index ??= PatchIndex.Of(_previous, state, rules);
        taken = [];
        foreach (var (before, _) in moving)
        {
            if (before is null)
            {
                continue;
            }

            // A post with aliases, or one that had to be qualified or was refused, entangles others.
            if (!_previous.TryGetValue(before, out var had) || before.Aliases.Count > 0
                || had.Translations.Select(t => t.Address).Where((address, i) => address != rules.Permalink.Format(before, before.Translations[i])).Any()
                || !index.Free(before, rules.Permalink))
            {
                return false;
            }

            foreach (var key in PatchIndex.Plain(before, rules.Permalink))
            {
                taken[key] = taken.GetValueOrDefault(key) - 1;
            }
        }

        foreach (var (_, after) in moving)
        {
            if (after is null)
            {
                continue;
            }

            if (after.Aliases.Count > 0 || !index.Free(after, rules.Permalink)
                || after.Translations.Any(t => rules.Shadows(rules.Permalink.Format(after, t), isPage: false) is not null))
            {
                return false;
            }

            foreach (var key in PatchIndex.Plain(after, rules.Permalink))
            {
                var count = index.Wanted(key) + taken.GetValueOrDefault(key);
                if (count > 0)
                {
                    return false;
                }

                taken[key] = taken.GetValueOrDefault(key) + 1;
            }
        }

        return true;
    }

    /// <summary>What the last full assignment was given and gave, and which posts it refused (kept up to date by patches).</summary>
    private sealed record AssignState(AddressRules Rules, IReadOnlyList<Post> Pages, AssignedAddresses Result, HashSet<Post> Refused);
}
