namespace Commerce.Drivers.Mongo;

public enum ReturnDocument { Before, After }
