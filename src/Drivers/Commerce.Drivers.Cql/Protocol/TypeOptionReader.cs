namespace Commerce.Drivers.Cql.Protocol;

/// <summary>Reads a column type [option] (section 4.2.5.2), recursing into collections, tuples and UDTs.</summary>
internal static class TypeOptionReader
{
    public static ColumnType ReadType(this FrameReader reader)
    {
        var code = (ColumnTypeCode)reader.ReadShort();
        switch (code)
        {
            case ColumnTypeCode.Custom:
                return ColumnType.Custom(reader.ReadString());
            case ColumnTypeCode.List:
                return ColumnType.List(reader.ReadType());
            case ColumnTypeCode.Set:
                return ColumnType.Set(reader.ReadType());
            case ColumnTypeCode.Map:
                var key = reader.ReadType();
                return ColumnType.Map(key, reader.ReadType());
            case ColumnTypeCode.Tuple:
            {
                var count = reader.ReadShort();
                var items = new ColumnType[count];
                for (var i = 0; i < count; i++) items[i] = reader.ReadType();
                return ColumnType.Tuple(items);
            }
            case ColumnTypeCode.Udt:
            {
                var keyspace = reader.ReadString();
                var name = reader.ReadString();
                var count = reader.ReadShort();
                var fields = new (string, ColumnType)[count];
                for (var i = 0; i < count; i++)
                {
                    var fieldName = reader.ReadString();
                    fields[i] = (fieldName, reader.ReadType());
                }
                return ColumnType.Udt(keyspace, name, fields);
            }
            default:
                return ColumnType.Native(code);
        }
    }
}
