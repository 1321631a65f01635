package org.shengshi.platform.pii;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedJdbcTypes;
import org.apache.ibatis.type.MappedTypes;
import org.jspecify.annotations.Nullable;

/**
 * Maps {@link EncryptedString} to and from a character column. Encryption itself stays in
 * the service ({@link PiiCipher#seal}), which knows the associated data of the column.
 */
@MappedTypes(EncryptedString.class)
@MappedJdbcTypes(value = JdbcType.VARCHAR, includeNullJdbcType = true)
public class EncryptedStringTypeHandler extends BaseTypeHandler<EncryptedString> {

	@Override
	public void setNonNullParameter(PreparedStatement statement, int index, EncryptedString parameter,
			@Nullable JdbcType jdbcType) throws SQLException {
		statement.setString(index, parameter.value());
	}

	@Override
	public @Nullable EncryptedString getNullableResult(ResultSet resultSet, String columnName) throws SQLException {
		return of(resultSet.getString(columnName));
	}

	@Override
	public @Nullable EncryptedString getNullableResult(ResultSet resultSet, int columnIndex) throws SQLException {
		return of(resultSet.getString(columnIndex));
	}

	@Override
	public @Nullable EncryptedString getNullableResult(CallableStatement statement, int columnIndex)
			throws SQLException {
		return of(statement.getString(columnIndex));
	}

	private static @Nullable EncryptedString of(@Nullable String value) {
		return (value != null) ? new EncryptedString(value) : null;
	}

}
