namespace Commerce.Drivers.Mongo.Bson;

/// <summary>Binary subtypes of the BSON specification that this library gives meaning to.</summary>
public enum BsonBinarySubType : byte
{
    Binary = 0x00,
    Function = 0x01,
    UuidLegacy = 0x03,
    UuidStandard = 0x04,
    MD5 = 0x05,
    Encrypted = 0x06,
    UserDefined = 0x80,
}
