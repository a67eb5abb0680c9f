namespace Commerce.Drivers.Cql.Protocol;

/// <summary>Turns an ERROR body (section 4.2.1, codes of section 9) into the matching typed exception.</summary>
internal static class ErrorDecoder
{
    public static CqlServerException Decode(FrameReader reader)
    {
        var code = reader.ReadInt();
        var message = reader.ReadString();
        return code switch
        {
            0x0000 => new ServerErrorException(message),
            0x000A => new ProtocolErrorException(message),
            0x0100 => new AuthenticationException(message),
            0x1000 => new UnavailableException(message, reader.ReadConsistency(), reader.ReadInt(), reader.ReadInt()),
            0x1001 => new OverloadedException(message),
            0x1002 => new IsBootstrappingException(message),
            0x1003 => new TruncateException(message),
            0x1100 => new WriteTimeoutException(message, reader.ReadConsistency(), reader.ReadInt(), reader.ReadInt(), reader.ReadString()),
            0x1200 => new ReadTimeoutException(message, reader.ReadConsistency(), reader.ReadInt(), reader.ReadInt(), reader.ReadByte() != 0),
            0x1300 => new ReadFailureException(message, reader.ReadConsistency(), reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), reader.ReadByte() != 0),
            0x1400 => new FunctionFailureException(message, reader.ReadString(), reader.ReadString(), reader.ReadStringList()),
            0x1500 => new WriteFailureException(message, reader.ReadConsistency(), reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), reader.ReadString()),
            0x2000 => new SyntaxError(message),
            0x2100 => new UnauthorizedException(message),
            0x2200 => new InvalidQueryException(message),
            0x2300 => new InvalidConfigurationInQueryException(message),
            0x2400 => new AlreadyExistsException(message, reader.ReadString(), reader.ReadString()),
            0x2500 => new UnpreparedException(message, reader.ReadShortBytes()),
            _ => new CqlServerException(code, message),
        };
    }
}
