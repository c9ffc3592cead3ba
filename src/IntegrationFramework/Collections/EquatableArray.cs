using System.Collections;
using System.Runtime.CompilerServices;

namespace IntegrationFramework.Collections;

/// <summary>
/// An immutable array that is equal to another when it holds equal elements in the same order.
/// </summary>
/// <remarks>
/// <para>
/// The library's records hold their lists in this type so that two records describing the same thing
/// are equal, whichever instances they were built from. (<see cref="System.Collections.Immutable.ImmutableArray{T}"/>
/// compares by reference, which would make records holding it unequal after a copy.)
/// </para>
/// <para>
/// The default value is an empty array. Build one with a collection expression (<c>["Croydon", "Plymouth"]</c>),
/// <see cref="EquatableArray.Create{T}(ReadOnlySpan{T})"/> or <see cref="EquatableArray.ToEquatableArray{T}(IEnumerable{T})"/>;
/// the elements are copied, so later changes to the source do not show through.
/// </para>
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IReadOnlyList<T>, IEquatable<EquatableArray<T>>
{
    private readonly T[]? items;

    /// <summary>Wraps an array this type now owns; callers must not keep or change it.</summary>
    internal EquatableArray(T[] items) => this.items = items.Length == 0 ? null : items;

    /// <summary>The number of elements.</summary>
    public int Count => items?.Length ?? 0;

    /// <summary>Whether the array holds no elements.</summary>
    public bool IsEmpty => items is null;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based position, from 0 to <see cref="Count"/> − 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside 0 to <see cref="Count"/> − 1.</exception>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must be from 0 to {Count - 1}.");
            }

            return items![index];
        }
    }

    /// <summary>The elements as a read-only span, without copying.</summary>
    /// <returns>A span over the elements.</returns>
    public ReadOnlySpan<T> AsSpan() => items;

    /// <summary>Returns an enumerator over the elements, in order.</summary>
    /// <returns>An enumerator that does not allocate.</returns>
    public Enumerator GetEnumerator() => new(items ?? []);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (items ?? []).GetEnumerator();

    /// <summary>Whether <paramref name="other"/> holds equal elements in the same order.</summary>
    /// <param name="other">The array to compare with.</param>
    /// <returns><see langword="true"/> when both hold equal elements in the same order.</returns>
    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The elements, comma-separated, in square brackets.</summary>
    /// <returns>For example <c>[PCC, PBS]</c>.</returns>
    public override string ToString() => $"[{string.Join(", ", items ?? [])}]";

    /// <summary>Whether two arrays hold equal elements in the same order.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Whether two arrays differ in length or in any element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>An enumerator over an <see cref="EquatableArray{T}"/>.</summary>
    public struct Enumerator
    {
        private readonly T[] items;
        private int index;

        internal Enumerator(T[] items)
        {
            this.items = items;
            index = -1;
        }

        /// <summary>The element at the enumerator's position.</summary>
        public readonly T Current => items[index];

        /// <summary>Moves to the next element.</summary>
        /// <returns><see langword="false"/> once past the last element.</returns>
        public bool MoveNext() => ++index < items.Length;
    }
}

/// <summary>Creates <see cref="EquatableArray{T}"/> values.</summary>
public static class EquatableArray
{
    /// <summary>Copies <paramref name="items"/> into a new array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order.</param>
    /// <returns>An array holding a copy of <paramref name="items"/>.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());

    /// <summary>Copies a sequence into a new array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order.</param>
    /// <returns>An array holding the elements of <paramref name="items"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(items.ToArray());
    }
}
