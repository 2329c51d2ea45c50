/// The unit of a sampled value; absent means Wh.
///
/// Both spellings of Celsius are read in MeterValues and StopTransaction alike. The 1.6 schemas list the misspelled
/// "Celcius" everywhere but add "Celsius" in MeterValues only, an oversight; python-ocpp accepts both in both.
/// "Hertz", which python-ocpp's MeterValues schema also lists, is not OCPP 1.6 and is refused.
package enum UnitOfMeasure: String, Sendable, CaseIterable {
    case wattHours = "Wh"
    case kilowattHours = "kWh"
    case varHours = "varh"
    case kilovarHours = "kvarh"
    case watts = "W"
    case kilowatts = "kW"
    case voltAmperes = "VA"
    case kilovoltAmperes = "kVA"
    case vars = "var"
    case kilovars = "kvar"
    case amperes = "A"
    case volts = "V"
    case kelvin = "K"
    /// The 1.6 schemas' spelling, which stations still send.
    case celcius = "Celcius"
    case celsius = "Celsius"
    case fahrenheit = "Fahrenheit"
    case percent = "Percent"
}
