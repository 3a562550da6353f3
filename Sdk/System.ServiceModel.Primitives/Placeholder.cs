namespace System.ServiceModel
{
    public class CommunicationException : Exception { }
}
