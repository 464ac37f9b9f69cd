class Ajuste < ApplicationRecord
  def self.valor(clave) = find_by(clave: clave)&.valor.to_s
end
