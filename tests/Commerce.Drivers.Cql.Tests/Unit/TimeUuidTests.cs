namespace Commerce.Drivers.Cql.Tests.Unit;

public class TimeUuidTests
{
    [Fact]
    public void Unix_epoch_id_has_the_rfc4122_version_1_layout()
    {
        // 100-ns ticks from 1582-10-15 to 1970-01-01 = 0x01B21DD213814000:
        // time_low 13814000, time_mid 1DD2, time_hi 1B2 | version 1 = 11B2;
        // clock sequence 0x1234 -> variant 10xxxxxx: 0x92 0x34; node with the multicast bit set.
        var id = TimeUuid.NewId(DateTimeOffset.UnixEpoch, [0x12, 0x34], [0x00, 0x11, 0x22, 0x33, 0x44, 0x55]);
        Assert.Equal("13814000-1dd2-11b2-9234-011122334455", id.ToString());
        Assert.Equal(1, ((Guid)id).Version);
        Assert.Equal(DateTimeOffset.UnixEpoch, id.GetDate());
    }

    [Fact]
    public void Generated_ids_carry_their_date_and_are_unique()
    {
        var date = new DateTimeOffset(2024, 5, 6, 7, 8, 9, 123, TimeSpan.Zero);
        var ids = Enumerable.Range(0, 1000).Select(_ => TimeUuid.NewId(date)).ToList();
        Assert.Equal(1000, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(date, id.GetDate()));
        Assert.All(ids, id => Assert.Equal(0x80, ((Guid)id).ToByteArray(bigEndian: true)[8] & 0xC0));
    }

    [Fact]
    public void Only_version_1_uuids_convert_to_time_uuids()
    {
        Assert.Throws<ArgumentException>(() => TimeUuid.Parse(Guid.Parse("00112233-4455-4677-8899-aabbccddeeff")));
        var earlier = TimeUuid.NewId(DateTimeOffset.UnixEpoch);
        var later = TimeUuid.NewId(DateTimeOffset.UnixEpoch.AddTicks(1));
        Assert.True(earlier.CompareTo(later) < 0);
    }
}
