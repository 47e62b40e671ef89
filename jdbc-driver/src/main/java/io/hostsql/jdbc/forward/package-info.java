/**
 * Classes that implement sets of JDBC interfaces by handing every call to an
 * InvocationHandler, as java.lang.reflect.Proxy does, but compiled with the driver instead of
 * generated in each process: a cold start spent tens of milliseconds building proxy classes.
 * Forwarders.invoke calls the methods those classes pass through their interfaces
 * (DirectCalls) rather than by reflection. The classes named *Forwarder, GeneratedForwarders
 * and DirectCalls are written by ForwarderGenerator (in the tests), which ForwardersTest runs to
 * check that they are what it writes now. May import the JDK and the interfaces the
 * forwarders implement (java.sql, Calcite's and Avatica's); nothing else of hostsql.
 */
package io.hostsql.jdbc.forward;
